import { type DatePrecision, EVIDENCE_VERB, type EvidenceKind } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";

/** A position's date as its source gives it: "16 May 2013", "May 2013", "2013" or "by 16 Sep 2019" (never a made-up day). */
export function StatedOn({
  date,
  precision,
  className,
}: {
  date: string;
  precision: DatePrecision;
  className?: string;
}) {
  const title =
    precision === "day"
      ? undefined
      : precision === "on_or_before"
        ? "Known only to be on or before this day"
        : `The source gives the ${precision} only; counted from ${formatDate(date)}`;
  return (
    <time
      dateTime={precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date}
      title={title}
      className={className}
    >
      {formatStatedOn(date, precision)}
    </time>
  );
}

/** What the government did and when: "Voted 5 Dec 2018", "Endorsed by 16 Sep 2019" (server/shared/stated-on.ts's describeRecorded, with a <time>). */
export function Recorded({
  evidence,
  date,
  precision,
  className,
}: {
  evidence: EvidenceKind;
  date: string;
  precision: DatePrecision;
  className?: string;
}) {
  return (
    <span className={className}>
      {EVIDENCE_VERB[evidence]} <StatedOn date={date} precision={precision} />
    </span>
  );
}
