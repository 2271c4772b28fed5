import { useLocale, useTranslations } from "next-intl";
import { type FigureKind } from "@/server/schemas/figures";
import { DEFAULT_LOCALE } from "@/server/i18n/locales";

/** Download PNG / SVG of a topic's map or chart as of a date (today without one), in the page's language. */
export function FigureDownloads({ slug, kind, at }: { slug: string; kind: FigureKind; at?: string }) {
  const t = useTranslations("charts.download");
  const locale = useLocale();
  const query = new URLSearchParams({ ...(at ? { at } : {}), ...(locale === DEFAULT_LOCALE ? {} : { lang: locale }) });
  const search = query.size ? `?${query}` : "";
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <a className="btn-secondary" href={`/api/v1/topics/${slug}/${kind}.png${search}`} download>
        {t("png")}
      </a>
      <a className="btn-secondary" href={`/api/v1/topics/${slug}/${kind}.svg${search}`} download>
        {t("svg")}
      </a>
    </div>
  );
}
