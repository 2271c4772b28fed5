import { useTranslations } from "next-intl";
import { type FigureKind } from "@/server/schemas/figures";

/** Download PNG / SVG of a topic's map or chart as of a date (today without one). */
export function FigureDownloads({ slug, kind, at }: { slug: string; kind: FigureKind; at?: string }) {
  const t = useTranslations("charts.download");
  const query = at ? `?at=${at}` : "";
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <a className="btn-secondary" href={`/api/v1/topics/${slug}/${kind}.png${query}`} download>
        {t("png")}
      </a>
      <a className="btn-secondary" href={`/api/v1/topics/${slug}/${kind}.svg${query}`} download>
        {t("svg")}
      </a>
    </div>
  );
}
