import "server-only";
import { csvText } from "@/server/shared/csv";
import { type Matrix } from "@/server/services/matrix";

/** `iso3,name,<slug>…` with stance values, empty where there is no recorded position. */
export function matrixCsv(matrix: Matrix): string {
  return csvText([
    ["iso3", "name", ...matrix.topics],
    ...matrix.rows.map((row) => [row.iso3, row.name, ...matrix.topics.map((slug) => row.cells[slug]?.stance ?? "")]),
  ]);
}
