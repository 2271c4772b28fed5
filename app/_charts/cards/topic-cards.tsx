import { STANCES } from "@/db/enums";
import { STANCE_STYLE } from "@/app/_components/stance-style";
import { withPosition } from "@/server/shared/bloc-cohesion";
import { TODAY_LABEL } from "@/server/shared/timeline";
import { type TopicFigure } from "@/server/services/topic-figure";
import { MAP_HEIGHT, MAP_WIDTH } from "../world-shapes";
import { TopicMap } from "../topic-map";
import { wrapLines } from "@/server/pictures/text-fit";
import { lineUp, Words } from "./card-flow";
import { type CardLanguage } from "./card-language";
import { CardFrame, INNER_WIDTH, PAD, Swatch, legendOf } from "./card-frame";

// A topic's map and chart as 1200×630 pictures: the preview image of its page and the PNG downloads. The map
// keeps its geography in every language; around it, the words and the order follow the reading direction.

type Props = { lang: CardLanguage; figure: TopicFigure };

const MAP_W = 700;
const KEY_LABEL_X = 84;
const KEY_LABEL = { size: 19, lines: 2 };
const KEY_LINE = 23;
const MAP_H = (MAP_W * MAP_HEIGHT) / MAP_WIDTH;

export function TopicMapCard({ lang, figure }: Props) {
  const { flow, words, t, day } = lang;
  const held = withPosition(figure.counts);
  const date = day(figure.at);
  const subtitle = t("pictures.mapSubtitle", { date, count: held, total: figure.governments.length });
  const counts = [...STANCES.map((s) => figure.counts[s]), figure.governments.length - held];
  const keyX = PAD + MAP_W + 28;
  // The key: each stance's count and label, a long label on two lines.
  const labelWidth = INNER_WIDTH - MAP_W - 28 - KEY_LABEL_X;
  const key = legendOf(words).map((item) => ({
    ...item,
    lines: wrapLines(item.label, labelWidth, KEY_LABEL, flow.locale),
  }));
  const heights = key.map((item) => item.lines.length * KEY_LINE + 14);
  const keyHeight = heights.reduce((sum, h) => sum + h, 0);
  return (
    <CardFrame lang={lang} title={figure.topic.title} subtitle={subtitle} legend={false}>
      {({ top, height }) => {
        const mapY = top + (height - MAP_H) / 2;
        const ys = lineUp(heights, top + (height - keyHeight) / 2);
        return (
          <g>
            <g transform={`translate(${flow.x(PAD, MAP_W)} ${mapY}) scale(${MAP_W / MAP_WIDTH})`}>
              <TopicMap
                governments={figure.governments}
                stances={new Map(figure.stances)}
                contested={new Set(figure.contested)}
                label={t("pictures.mapLabel", { topic: figure.topic.title, date })}
              />
            </g>
            {key.map((item, i) => {
              const y = ys[i] ?? top;
              return (
                <g key={item.key}>
                  <Swatch flow={flow} x={keyX} y={y} size={22} colour={item.colour} />
                  <Words flow={flow} x={keyX + 34} y={y + 18} size={20} bold>
                    {String(counts[i])}
                  </Words>
                  {item.lines.map((line, j) => (
                    <Words key={j} flow={flow} x={keyX + KEY_LABEL_X} y={y + 18 + j * KEY_LINE} size={KEY_LABEL.size}>
                      {line}
                    </Words>
                  ))}
                </g>
              );
            })}
          </g>
        );
      }}
    </CardFrame>
  );
}

export function TopicChartCard({ lang, figure }: Props) {
  const { t, day } = lang;
  const flow = lang.flow.unmirrored(); // time runs left to right, as on the pages' charts
  const subtitle = t("pictures.chartSubtitle", { date: day(figure.at) });
  const stopLabel = (label: string) => (label === TODAY_LABEL ? t("charts.today") : label);
  const totals = figure.columns.map((c) => STANCES.reduce((sum, s) => sum + c.counts[s], 0));
  const max = Math.max(1, ...totals);
  const step = INNER_WIDTH / Math.max(figure.columns.length, 1);
  const barWidth = Math.min(110, step * 0.7);
  return (
    <CardFrame lang={lang} title={figure.topic.title} subtitle={subtitle}>
      {({ top, height }) => {
        const baseline = top + height - 28;
        const tallest = height - 60;
        return (
          <g>
            {figure.columns.map((c, i) => {
              const middle = PAD + i * step + step / 2;
              const barHeight = ((totals[i] ?? 0) / max) * tallest;
              let y = baseline;
              return (
                <g key={c.date}>
                  {STANCES.filter((s) => c.counts[s] > 0).map((s) => {
                    const h = (c.counts[s] / (totals[i] || 1)) * barHeight;
                    y -= h;
                    const x = flow.x(middle - barWidth / 2, barWidth);
                    const fill = STANCE_STYLE[s].background;
                    return <rect key={s} x={x} y={y} width={barWidth} height={h} fill={fill} stroke="#64748b" />;
                  })}
                  <Words flow={flow} x={middle} y={baseline - barHeight - 8} size={18} fill="#334155" anchor="middle">
                    {String(totals[i])}
                  </Words>
                  <Words
                    flow={flow}
                    x={middle}
                    y={baseline + 22}
                    size={15}
                    width={step - 4}
                    fill={c.event ? "#1e3a8a" : "#334155"}
                    anchor="middle"
                  >
                    {stopLabel(c.label)}
                  </Words>
                </g>
              );
            })}
            <line x1={PAD} x2={PAD + INNER_WIDTH} y1={baseline} y2={baseline} stroke="#94a3b8" strokeWidth={2} />
          </g>
        );
      }}
    </CardFrame>
  );
}
