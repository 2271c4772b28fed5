import { type DatePrecision } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";

/** A position's date as its source gives it: "16 May 2013", "May 2013" or "2013" (never a made-up day). */
export function StatedOn({ date, precision, className }: { date: string; precision: DatePrecision; className?: string }) {
  const title = precision === "day" ? undefined : `The source gives the ${precision} only; counted from ${formatDate(date)}`;
  return (
    <time dateTime={precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date} title={title} className={className}>
      {formatStatedOn(date, precision)}
    </time>
  );
}
