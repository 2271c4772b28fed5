import { STANCE_LABEL } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { stripSegments } from "./strip-segments";
import { type TimeSpan } from "./time-span";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

// One government's stance on one topic over time: a bar coloured by stance from each position
// to the next, grey before the first (the axis under the bars: event-axis.tsx). Drawn on the
// server (no script); the history in words is the bar's accessible name.

const WIDTH = 600;
const HEIGHT = 18;

type Props = TimeSpan & { name: string; topic: string; entries: readonly TimelineEntry[] };

/** "leans multistakeholder from 9 Dec 2011 until 10 Feb 2026"; an upper bound: "mixed by 16 Sep 2019". */
function describeEntry(e: TimelineEntry, to: string): string {
  const from =
    e.datePrecision === "on_or_before"
      ? formatStatedOn(e.statedOn, e.datePrecision)
      : `from ${formatStatedOn(e.statedOn, e.datePrecision)}`;
  return `${STANCE_LABEL[e.stance].toLowerCase()} ${from}${e.endedOn && e.endedOn <= to ? ` until ${formatDate(e.endedOn)}` : ""}`;
}

export function StanceStrip({ name, topic, entries, from, to }: Props) {
  const parts = stripSegments(entries, { from, to });
  const starts = parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.share, 0) * WIDTH);
  const history = entries.length ? entries.map((e) => describeEntry(e, to)).join(", then ") : "no recorded position";
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className="h-4 w-full rounded-sm"
      role="img"
      aria-label={`${name} on ${topic} over time: ${history}.`}
    >
      <rect width={WIDTH} height={HEIGHT} fill={NO_POSITION_STYLE.background} />
      {parts.map(({ stance, share }, i) =>
        stance ? (
          <rect
            key={i}
            x={starts[i]}
            width={Math.max(1.5, share * WIDTH)}
            height={HEIGHT}
            fill={STANCE_STYLE[stance].background}
            stroke="#64748b"
            strokeWidth={0.5}
          />
        ) : null,
      )}
    </svg>
  );
}
