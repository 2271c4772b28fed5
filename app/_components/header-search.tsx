import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/server/i18n/locales";
import { type Locale } from "@/server/i18n/locales";
import { SEARCH_QUERY_MAX } from "@/server/schemas/search";

/** The header's search box: a plain form (no script) that opens /search?q= in the page's language. */
export function HeaderSearch() {
  const t = useTranslations("site.search");
  const locale = useLocale() as Locale;
  return (
    <form
      role="search"
      aria-label={t("label")}
      method="get"
      action={localizeHref(locale, "/search")}
      className="flex min-w-0 items-center gap-1"
    >
      <input
        type="search"
        name="q"
        maxLength={SEARCH_QUERY_MAX}
        aria-label={t("label")}
        placeholder={t("placeholder")}
        className="field h-8 w-36 min-w-0 py-1 text-sm sm:w-56"
      />
      <button type="submit" className="btn-secondary h-8 px-2 py-1" aria-label={t("submit")} title={t("submit")}>
        <svg
          viewBox="0 0 20 20"
          width="16"
          height="16"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
