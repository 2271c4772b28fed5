import { type Comparison } from "@/server/services/compare";

/** The comparison on screen as CSV (stances; agreement) and JSON, from the read API. */
export function CompareDownloads({ comparison }: { comparison: Comparison }) {
  const codes = comparison.governments.map((g) => g.iso3);
  const query = `governments=${codes.join(",")}&at=${comparison.at}`;
  const base = `stance-atlas-compare-${codes.join("-")}-${comparison.at}`;
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <a className="btn-secondary" href={`/api/v1/compare.csv?${query}`} download>
        Download CSV
      </a>
      <a className="btn-secondary" href={`/api/v1/compare.csv?${query}&table=agreement`} download>
        Agreement CSV
      </a>
      <a className="btn-secondary" href={`/api/v1/compare?${query}`} download={`${base}.json`}>
        Download JSON
      </a>
    </div>
  );
}
