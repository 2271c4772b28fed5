import { useTranslations } from "next-intl";
import { type DatePrecision, type EvidenceKind } from "@/db/enums";
import { useDates } from "./use-dates";

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
  const t = useTranslations("dates");
  const { day, statedOn } = useDates();
  const title =
    precision === "day"
      ? undefined
      : precision === "on_or_before"
        ? t("onOrBeforeTitle")
        : t("periodTitle", { precision, date: day(date) });
  return (
    <time
      dateTime={precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date}
      title={title}
      className={className}
    >
      {statedOn(date, precision)}
    </time>
  );
}

/** What the government did and when: "Voted 5 Dec 2018", "Endorsed by 16 Sep 2019", with a <time>. */
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
  const t = useTranslations("dates");
  return (
    <span className={className}>
      {t.rich("recorded", { kind: evidence, date: () => <StatedOn date={date} precision={precision} /> })}
    </span>
  );
}
