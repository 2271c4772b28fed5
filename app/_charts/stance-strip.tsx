import { useLocale, useTranslations } from "next-intl";
import { useDates } from "@/app/_components/use-dates";
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

/**
 * The history in words, in the page's language: "leans multistakeholder from 9 Dec 2011 until 10 Feb 2026, then …";
 * an upper bound: "mixed by 16 Sep 2019".
 */
function useHistory(entries: readonly TimelineEntry[], to: string): string {
  const t = useTranslations("timelines");
  const tStance = useTranslations("stance");
  const locale = useLocale();
  const { day, statedOn } = useDates();
  const describe = (e: TimelineEntry) => {
    const stance = tStance(e.stance).toLocaleLowerCase(locale);
    const date = statedOn(e.statedOn, e.datePrecision);
    const entry = e.datePrecision === "on_or_before" ? t("by", { stance, date }) : t("from", { stance, date });
    return e.endedOn && e.endedOn <= to ? t("until", { entry, date: day(e.endedOn) }) : entry;
  };
  return entries.length ? entries.map(describe).reduce((history, next) => t("then", { history, next })) : t("none");
}

export function StanceStrip({ name, topic, entries, from, to }: Props) {
  const parts = stripSegments(entries, { from, to });
  const starts = parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.share, 0) * WIDTH);
  const t = useTranslations("timelines");
  const history = useHistory(entries, to);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className="h-4 w-full rounded-sm"
      role="img"
      aria-label={t("stripLabel", { name, topic, history })}
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
