import { useTranslations } from "next-intl";
import { SECTIONS } from "./sections";

/** "On this page": a link to every section, for a long page. */
export function Contents() {
  const t = useTranslations("methodology");
  return (
    <nav aria-label={t("contents")} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <p className="font-medium text-slate-600">{t("contents")}</p>
      <ol className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {Object.entries(SECTIONS).map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`} className="underline">
              {t(`sections.${key}.title`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
