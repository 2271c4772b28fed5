import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useDates } from "@/app/_components/use-dates";
import { labelRows } from "@/server/shared/label-rows";
import { eventShortName } from "@/server/shared/timeline";
import { timeFraction, type TimeSpan } from "./time-span";

// A time axis under stance strips: the years at both ends, and a marker per event between, with
// its short name (stacked in rows where names would overlap), its name and dates on hover or
// focus, and a link to its page.

export type AxisEvent = { slug: string; name: string; startDate: string; endDate: string };

const ROW = 14; // px per row of names
const CHAR = 7; // px per character of a name in capitals, at 10 px
const AXIS_PX = 420; // the width the rows are worked out for: about the narrowest a strip is beside its topic's name

export function EventAxis({ from, to, events }: TimeSpan & { events: readonly AxisEvent[] }) {
  const t = useTranslations("timelines");
  const { day, period } = useDates();
  const shown = events
    .filter((e) => e.endDate >= from && e.endDate <= to)
    .map((e) => ({ ...e, at: timeFraction({ from, to }, e.endDate), short: eventShortName(e.slug) }));
  // A name right of the middle ends at its marker, so that none runs past the axis's end.
  const spans = shown.map((e) => {
    const width = e.short.length * CHAR;
    return { x: e.at > 0.5 ? e.at * AXIS_PX - width : e.at * AXIS_PX, width };
  });
  const rows = labelRows(spans);
  const height = (Math.max(-1, ...rows) + 1) * ROW + 8;
  return (
    <div>
      <ul
        aria-label={t("eventsLabel")}
        className="relative border-t border-slate-400 text-[10px] leading-none"
        style={{ height }}
      >
        {shown.map((e, i) => {
          const row = rows[i] ?? 0;
          const right = e.at > 0.5;
          return (
            <li key={e.slug} className="absolute top-0" style={{ left: `${e.at * 100}%` }}>
              <Link
                href={`/events/${e.slug}`}
                className="group relative block focus:outline-none"
                aria-label={t("event", { short: e.short, name: e.name, dates: period(e.startDate, e.endDate) })}
              >
                <span className="block w-px bg-slate-700" style={{ height: row * ROW + 6 }} aria-hidden="true" />
                <span
                  className={`absolute z-[1] block bg-white px-px whitespace-nowrap text-slate-700 group-hover:underline group-focus-visible:underline ${right ? "right-0" : "left-0"}`}
                  style={{ top: row * ROW + 6 }}
                  aria-hidden="true"
                >
                  {e.short}
                </span>
                <span
                  className={`pointer-events-none absolute z-10 hidden w-max max-w-64 rounded bg-slate-900 px-2 py-1 text-xs leading-snug text-white group-hover:block group-focus-visible:block ${right ? "right-0" : "left-0"}`}
                  style={{ top: row * ROW + 20 }}
                  aria-hidden="true"
                >
                  {t("eventDates", { name: e.name, dates: period(e.startDate, e.endDate) })}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="flex justify-between text-xs text-slate-500" aria-hidden="true">
        <span>{from.slice(0, 4)}</span>
        <span>{day(to)}</span>
      </p>
    </div>
  );
}
