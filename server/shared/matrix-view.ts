import { type MatrixFilters } from "@/server/schemas/matrix";
import { type MatrixRow } from "./matrix-types";

// Filters and sorts matrix rows. The same function serves the page (in the browser) and
// the API (for downloads), so a download is exactly the view on screen.

const byName = (a: MatrixRow, b: MatrixRow) => a.name.localeCompare(b.name, "en");

/** The filters, as the API (undefined) or the URL (null) leaves them unset. */
export type MatrixViewFilters = { [K in keyof MatrixFilters]?: MatrixFilters[K] | null };

export function applyMatrixView(rows: MatrixRow[], filters: MatrixViewFilters): MatrixRow[] {
  const needle = filters.q?.trim().toLocaleLowerCase("en");
  const kept = rows.filter(
    (row) =>
      (!filters.region || row.region === filters.region) &&
      (!filters.subregion || row.subregion === filters.subregion) &&
      (!needle || row.name.toLocaleLowerCase("en").includes(needle) || row.iso3.toLowerCase() === needle) &&
      (filters.only !== "positions" || Object.values(row.cells).some(Boolean)),
  );
  return kept.sort(comparator(filters.sort ?? "name"));
}

function comparator(sort: NonNullable<MatrixFilters["sort"]>): (a: MatrixRow, b: MatrixRow) => number {
  if (sort === "name") return byName;
  if (sort === "region") {
    return (a, b) => a.region.localeCompare(b.region) || a.subregion.localeCompare(b.subregion) || byName(a, b);
  }
  const topic = sort.slice("score:".length);
  // Most multistakeholder first; governments with no recorded position last.
  const score = (row: MatrixRow) => row.cells[topic]?.score ?? Number.POSITIVE_INFINITY;
  return (a, b) => score(a) - score(b) || byName(a, b);
}
