import { useTranslations } from "next-intl";
import { type DatePrecision } from "@/db/enums";
import { type RevisionContent } from "@/server/shared/revision-fields";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import { EvidenceBadge } from "./evidence-badge";
import { Recorded } from "./stated-on";
import { type Locale } from "@/server/i18n/locales";
import { useWrittenIn } from "./use-stored-text";

const PRECISION_NOTE: Record<DatePrecision, "monthOnly" | "yearOnly" | "upperBound" | null> = {
  day: null,
  month: "monthOnly",
  year: "yearOnly",
  on_or_before: "upperBound",
};

/** A position's stance, evidence kind, date and event, as terms of a description list (the caller supplies the <dl>). */
export function PositionFacts({
  content,
  eventName,
  eventLang,
}: {
  content: Pick<RevisionContent, "stance" | "evidence" | "statedOn" | "datePrecision" | "event">;
  eventName: string;
  /** The language the event's name is in (English where not yet translated). */
  eventLang?: Locale;
}) {
  const storedText = useWrittenIn()(eventLang);
  const t = useTranslations("cell.facts");
  const note = PRECISION_NOTE[content.datePrecision];
  return (
    <>
      <dt className="font-medium text-slate-600">{t("stance")}</dt>
      <dd>
        <StanceBadge stance={content.stance} />
      </dd>
      <dt className="font-medium text-slate-600">{t("evidence")}</dt>
      <dd>
        <EvidenceBadge evidence={content.evidence} link />
      </dd>
      <dt className="font-medium text-slate-600">{t("date")}</dt>
      <dd>
        <Recorded evidence={content.evidence} date={content.statedOn} precision={content.datePrecision} />
        {note && <span className="text-slate-600"> {t(note)}</span>}
      </dd>
      <dt className="font-medium text-slate-600">{t("event")}</dt>
      <dd {...storedText}>{eventName}</dd>
    </>
  );
}
