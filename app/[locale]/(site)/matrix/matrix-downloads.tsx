import { useTranslations } from "next-intl";
import { serializeMatrixParams } from "@/server/shared/url-state/matrix";
import { type MatrixState } from "./use-matrix-state";

/** CSV and JSON of exactly the view on screen: the same date, topics, filters and sort. */
export function MatrixDownloads({
  state,
  at,
  selected,
  allTopics,
}: {
  state: MatrixState;
  at: string;
  selected: string[];
  allTopics: number;
}) {
  const t = useTranslations("downloads");
  const query = serializeMatrixParams({
    at,
    topics: selected.length === allTopics ? null : selected,
    evidence: state.evidence,
    region: state.region,
    subregion: state.subregion,
    q: state.q,
    only: state.only,
    sort: state.sort,
    bloc: state.bloc,
  });
  return (
    <div className="flex gap-2 text-sm">
      <a className="btn-secondary" href={`/api/v1/matrix.csv${query}`} download>
        {t("csv")}
      </a>
      <a className="btn-secondary" href={`/api/v1/matrix${query}`} download={`stance-atlas-matrix-${at}.json`}>
        {t("json")}
      </a>
    </div>
  );
}
