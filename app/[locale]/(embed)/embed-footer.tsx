import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/server/i18n/locales";
import { useDates } from "@/app/_components/use-dates";

// An embed's credit line: "Stance Atlas · as of DATE · source · CC BY 4.0", opening the full view in a new tab.

export function EmbedFooter({ at, fullView }: { at: string; fullView: string }) {
  const t = useTranslations("embed");
  const locale = useLocale();
  const { day } = useDates();
  return (
    <footer className="flex flex-wrap items-center gap-x-1.5 border-t border-slate-200 pt-2 text-xs text-slate-600">
      <a
        href={localizeHref(locale, fullView)}
        target="_blank"
        rel="noopener"
        className="hover:text-slate-900 hover:underline"
        title={t("openFull")}
      >
        {t.rich("credit", {
          date: day(at),
          strong: (chunks) => <strong className="font-semibold text-slate-800">{chunks}</strong>,
        })}
      </a>
      <span aria-hidden="true">·</span>
      <a
        href="https://creativecommons.org/licenses/by/4.0/"
        target="_blank"
        rel="license noopener"
        className="hover:text-slate-900 hover:underline"
      >
        CC BY 4.0
      </a>
    </footer>
  );
}
