import { useTranslations } from "next-intl";
import { type Comparison } from "@/server/services/compare";

/** The comparison on screen as CSV (stances; agreement) and JSON, from the read API. */
export function CompareDownloads({ comparison }: { comparison: Comparison }) {
  const t = useTranslations("compare.downloads");
  const codes = comparison.governments.map((g) => g.iso3);
  const query = `governments=${codes.join(",")}&at=${comparison.at}`;
  const base = `stance-atlas-compare-${codes.join("-")}-${comparison.at}`;
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <a className="btn-secondary" href={`/api/v1/compare.csv?${query}`} download>
        {t("csv")}
      </a>
      <a className="btn-secondary" href={`/api/v1/compare.csv?${query}&table=agreement`} download>
        {t("agreementCsv")}
      </a>
      <a className="btn-secondary" href={`/api/v1/compare?${query}`} download={`${base}.json`}>
        {t("json")}
      </a>
    </div>
  );
}
