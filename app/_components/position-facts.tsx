import { type DatePrecision } from "@/db/enums";
import { type RevisionContent } from "@/server/shared/revision-fields";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import { EvidenceBadge } from "./evidence-badge";
import { Recorded } from "./stated-on";

const PRECISION_NOTE: Record<DatePrecision, string | null> = {
  day: null,
  month: "(month only)",
  year: "(year only)",
  on_or_before: "(an upper bound: the day is not known)",
};

/** A position's stance, evidence kind, date and event, as terms of a description list (the caller supplies the <dl>). */
export function PositionFacts({
  content,
  eventName,
}: {
  content: Pick<RevisionContent, "stance" | "evidence" | "statedOn" | "datePrecision" | "event">;
  eventName: string;
}) {
  const note = PRECISION_NOTE[content.datePrecision];
  return (
    <>
      <dt className="font-medium text-slate-600">Stance</dt>
      <dd>
        <StanceBadge stance={content.stance} />
      </dd>
      <dt className="font-medium text-slate-600">Evidence</dt>
      <dd>
        <EvidenceBadge evidence={content.evidence} link />
      </dd>
      <dt className="font-medium text-slate-600">Date</dt>
      <dd>
        <Recorded evidence={content.evidence} date={content.statedOn} precision={content.datePrecision} />
        {note && <span className="text-slate-600"> {note}</span>}
      </dd>
      <dt className="font-medium text-slate-600">Event</dt>
      <dd>{eventName}</dd>
    </>
  );
}
