import { useTranslations } from "next-intl";
import { type Locale } from "@/server/i18n/locales";
import { useWrittenIn } from "./use-stored-text";

export type SummaryText = {
  summary: string;
  language: Locale;
  /** The summary in the page's language, where Stance Atlas has written one (server/i18n/localize.ts). */
  translation?: { language: Locale; summary: string };
};

/** A position's summary in the page's language where it has one (said to be a translation), else as its author wrote it. */
export function PositionSummary({ position, className }: { position: SummaryText; className?: string }) {
  const t = useTranslations("positionNotes");
  const writtenIn = useWrittenIn();
  const shown = position.translation ?? position;
  return (
    <p className={className}>
      <span {...writtenIn(shown.language)}>{shown.summary}</span>
      {position.translation && <span className="ms-1 text-xs text-slate-500">{t("translatedSummary")}</span>}
    </p>
  );
}
