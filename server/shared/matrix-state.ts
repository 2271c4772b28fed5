import { type EvidenceKind } from "@/db/enums";

// Values of the matrix view's state that the browser needs too (no zod here, to keep the
// client bundle small); server/schemas/matrix.ts builds its validation on them.

export const MATRIX_TABS = ["table", "map", "chart", "blocs"] as const;
export type MatrixTab = (typeof MATRIX_TABS)[number];

export type MatrixSort = "name" | "region" | `score:${string}`;

export const SORT_PATTERN = /^(name|region|score:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseSort(value: string): MatrixSort | null {
  return SORT_PATTERN.test(value) ? (value as MatrixSort) : null;
}

/** The read API's URL for the cells of a date: what the matrix page loads for a date it was not rendered with. */
export function matrixCellsUrl(
  at: string,
  topics: readonly string[],
  evidence?: readonly EvidenceKind[] | null,
): string {
  const query = new URLSearchParams({ at, topics: topics.join(",") });
  if (evidence?.length) query.set("evidence", evidence.join(","));
  return `/api/v1/matrix?${query.toString().replaceAll("%2C", ",")}`;
}
