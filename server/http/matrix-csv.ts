import "server-only";
import { stringify } from "csv-stringify/sync";
import { type Matrix } from "@/server/services/matrix";

/** `iso3,name,<slug>…` with stance values, empty where there is no recorded position. */
export function matrixCsv(matrix: Matrix): string {
  return stringify([
    ["iso3", "name", ...matrix.topics],
    ...matrix.rows.map((row) => [row.iso3, row.name, ...matrix.topics.map((slug) => row.cells[slug]?.stance ?? "")]),
  ]);
}
