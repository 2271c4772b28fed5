import { STANCE_SCORE, type Stance } from "@/db/enums";
import { type MatrixFilters } from "@/server/schemas/matrix";

// Filters and sorts matrix rows. The same function serves the page (in the browser) and
// the API (for downloads), so a download is exactly the view on screen.

/** What filtering and sorting read of a row: the API's full cells and the page's grid cells alike. */
type ViewRow = {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
  cells: Record<string, { stance: Stance; contested: boolean } | null>;
};

const byName = (a: ViewRow, b: ViewRow) => a.name.localeCompare(b.name, "en");

/** The filters, as the API (undefined) or the URL (null) leaves them unset. */
export type MatrixViewFilters = { [K in keyof MatrixFilters]?: MatrixFilters[K] | null };

/** `members`: the chosen bloc's members as of the date shown (the filter names the bloc; who belongs depends on the date). */
export function applyMatrixView<Row extends ViewRow>(
  rows: Row[],
  filters: MatrixViewFilters,
  members?: ReadonlySet<string> | null,
): Row[] {
  const needle = filters.q?.trim().toLocaleLowerCase("en");
  const kept = rows.filter(
    (row) =>
      (!members || members.has(row.iso3)) &&
      (!filters.region || row.region === filters.region) &&
      (!filters.subregion || row.subregion === filters.subregion) &&
      (!needle || row.name.toLocaleLowerCase("en").includes(needle) || row.iso3.toLowerCase() === needle) &&
      (filters.only !== "positions" || Object.values(row.cells).some(Boolean)) &&
      (filters.contested !== "true" || Object.values(row.cells).some((cell) => cell?.contested)),
  );
  return kept.sort(comparator(filters.sort ?? "name"));
}

function comparator(sort: NonNullable<MatrixFilters["sort"]>): (a: ViewRow, b: ViewRow) => number {
  if (sort === "name") return byName;
  if (sort === "region") {
    return (a, b) => a.region.localeCompare(b.region) || a.subregion.localeCompare(b.subregion) || byName(a, b);
  }
  const topic = sort.slice("score:".length);
  // Most multistakeholder first; governments with no recorded position last.
  const score = (row: ViewRow) => {
    const cell = row.cells[topic];
    return cell ? STANCE_SCORE[cell.stance] : Number.POSITIVE_INFINITY;
  };
  return (a, b) => score(a) - score(b) || byName(a, b);
}
