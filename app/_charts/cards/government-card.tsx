import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { lineUp, Words } from "./card-flow";
import { type CardLanguage } from "./card-language";
import { CardFrame, INNER_WIDTH, PAD } from "./card-frame";
import { stripSegments } from "../strip-segments";
import { spanFrom } from "../time-span";

// A government's preview image: its stance on each topic over time, one strip per topic (time runs left to right,
// as on the pages' charts, in every language).

type Props = {
  lang: CardLanguage;
  name: string;
  topics: readonly { slug: string; title: string }[];
  entries: readonly TimelineEntry[];
  at: string;
};

const LABEL_WIDTH = 430;
const STRIP_WIDTH = INNER_WIDTH - LABEL_WIDTH;

export function GovernmentCard({ lang, name, topics, entries, at }: Props) {
  const { flow, t, day } = lang;
  const span = spanFrom(entries[0]?.statedOn, at);
  const shown = topics.slice(0, 10);
  const held = new Set(entries.map((e) => e.topic)).size;
  const subtitle = t("pictures.governmentSubtitle", { date: day(at), held, total: topics.length });
  return (
    <CardFrame lang={lang} title={name} subtitle={subtitle}>
      {({ top, height }) => {
        const step = (height - 24) / Math.max(shown.length, 1);
        const stripX = PAD + LABEL_WIDTH;
        // The strips' box follows the reading direction; time inside it runs left to right, as on the pages.
        const strip = flow.x(stripX, STRIP_WIDTH);
        const time = flow.unmirrored();
        return (
          <g>
            {shown.map((topic, i) => {
              const y = top + i * step;
              const segments = stripSegments(
                entries.filter((e) => e.topic === topic.slug),
                span,
              );
              const widths = segments.map((segment) => segment.share * STRIP_WIDTH);
              const starts = lineUp(widths, stripX);
              return (
                <g key={topic.slug}>
                  <Words flow={flow} x={PAD} y={y + 17} size={17} width={LABEL_WIDTH - 16} fill="#334155">
                    {topic.title}
                  </Words>
                  {segments.map((segment, j) => (
                    <rect
                      key={j}
                      x={strip + (starts[j] ?? stripX) - stripX}
                      y={y}
                      width={widths[j]}
                      height={22}
                      fill={segment.stance ? STANCE_STYLE[segment.stance].background : NO_POSITION_STYLE.background}
                    />
                  ))}
                  <rect
                    x={flow.x(stripX, STRIP_WIDTH)}
                    y={y}
                    width={STRIP_WIDTH}
                    height={22}
                    fill="none"
                    stroke="#cbd5e1"
                  />
                </g>
              );
            })}
            <Words flow={time} x={strip} y={top + height} size={15} fill="#64748b">
              {span.from.slice(0, 4)}
            </Words>
            <Words flow={time} x={strip + STRIP_WIDTH} y={top + height} size={15} fill="#64748b" anchor="end">
              {day(at)}
            </Words>
          </g>
        );
      }}
    </CardFrame>
  );
}
