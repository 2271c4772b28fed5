import { useLocale, useTranslations } from "next-intl";
import { type Locale } from "@/server/i18n/locales";

/** Says, on a page in another language, that a stored text (a topic's, an event's, a bloc's) is shown in English. */
export function NotTranslated({ lang }: { lang: Locale }) {
  const t = useTranslations("common");
  const locale = useLocale();
  if (lang === locale || lang !== "en") return null;
  return (
    <p className="inline-block rounded bg-amber-50 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-amber-200">
      {t("notTranslated")}
    </p>
  );
}
