import { scaleUtc } from "d3-scale";
import { STANCE_LABEL } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { NO_POSITION_STYLE, STANCE_STYLE } from "../_components/stance-style";

// One government's stance on one topic over time: a bar coloured by stance from each position
// to the next, grey before the first; and the time axis under a topic's bars, with the events
// marked. Drawn on the server (no script); the history in words is each bar's accessible name.

const WIDTH = 600;
const HEIGHT = 18;

type Span = { from: string; to: string };
type Props = Span & { name: string; topic: string; entries: TimelineEntry[] };
type AxisProps = Span & { events: { slug: string; name: string; endDate: string }[] };

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

const scale = ({ from, to }: Span) => scaleUtc().domain([utc(from), utc(to)]).range([0, WIDTH]).clamp(true);

export function StanceStrip({ name, topic, entries, from, to }: Props) {
  const x = scale({ from, to });
  const history = entries.length
    ? entries.map((e) => `${STANCE_LABEL[e.stance].toLowerCase()} from ${formatStatedOn(e.statedOn, e.datePrecision)}`).join(", then ")
    : "no recorded position";
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="h-4 w-full rounded-sm" role="img" aria-label={`${name} on ${topic} over time: ${history}.`}>
      <rect width={WIDTH} height={HEIGHT} fill={NO_POSITION_STYLE.background} />
      {entries.map((entry, i) => {
        const start = x(utc(entry.statedOn));
        const end = x(utc(entries[i + 1]?.statedOn ?? to));
        return <rect key={entry.positionId} x={start} width={Math.max(1.5, end - start)} height={HEIGHT} fill={STANCE_STYLE[entry.stance].background} stroke="#64748b" strokeWidth={0.5} />;
      })}
    </svg>
  );
}

/** The years at both ends, and a tick per event between: its name and date on hover or focus, a link to its page. */
export function StripAxis({ from, to, events }: AxisProps) {
  const x = scale({ from, to });
  return (
    <div>
      <svg viewBox={`0 0 ${WIDTH} 8`} preserveAspectRatio="none" className="h-2 w-full" role="group" aria-label="Events">
        {events
          .filter((e) => e.endDate >= from && e.endDate <= to)
          .map((e) => (
            <a key={e.slug} href={`/events/${e.slug}`}>
              <title>{`${e.name}, ${formatDate(e.endDate)}`}</title>
              <rect x={x(utc(e.endDate)) - 4} width={8} height={8} fill="transparent" />
              <line x1={x(utc(e.endDate))} x2={x(utc(e.endDate))} y1={0} y2={8} stroke="#0f172a" strokeWidth={1.5} />
            </a>
          ))}
      </svg>
      <p className="flex justify-between text-xs text-slate-500" aria-hidden="true">
        <span>{from.slice(0, 4)}</span>
        <span>{formatDate(to)}</span>
      </p>
    </div>
  );
}
