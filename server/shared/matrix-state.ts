import { type EvidenceKind } from "@/db/enums";

// Values of the matrix view's state that the browser needs too (no zod here, to keep the
// client bundle small); server/schemas/matrix.ts builds its validation on them.

export const MATRIX_TABS = ["table", "map", "chart"] as const;
export type MatrixTab = (typeof MATRIX_TABS)[number];

export type MatrixSort = "name" | "region" | `score:${string}`;

export const SORT_PATTERN = /^(name|region|score:[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function parseSort(value: string): MatrixSort | null {
  return SORT_PATTERN.test(value) ? (value as MatrixSort) : null;
}

/** The cells query's input; the server page prefetches with the same one, so the first paint needs no request. */
export const cellsInput = (at: string, topics: string[], evidence?: EvidenceKind[] | null) => ({ at, topics, ...(evidence?.length ? { evidence } : {}) });
