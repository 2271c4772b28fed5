import { type TopicFigure } from "@/server/services/topic-figure";
import { withPosition } from "@/server/shared/bloc-cohesion";
import { CHART_HEIGHT, CHART_WIDTH, StanceChartSvg } from "./stance-chart-svg";
import { SvgLegend } from "./svg-legend";
import { SVG_FONT } from "./svg-font";
import { type FigureKind } from "@/server/schemas/figures";
import { TopicMap } from "./topic-map";
import { MAP_HEIGHT, MAP_WIDTH } from "./world-shapes";

// A topic's map or chart as a file to download: the figure with its title, date, legend and
// credit, in one SVG (also the picture inside the PNG). In English: files, like the API, have no language.

const HEADER = 76;
const FOOTER = 64;

export function TopicFigureFile({ figure, kind, origin }: { figure: TopicFigure; kind: FigureKind; origin: string }) {
  const width = MAP_WIDTH;
  const height = kind === "map" ? MAP_HEIGHT : (width * CHART_HEIGHT) / CHART_WIDTH;
  const total = HEADER + height + FOOTER;
  const subtitle =
    kind === "map"
      ? `As of ${figure.asOf}: ${withPosition(figure.counts)} of ${figure.governments.length} governments have a recorded position`
      : `Governments with a recorded position, by stance, at each year-end and event up to ${figure.asOf}`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      fontFamily={SVG_FONT}
    >
      <rect width={width} height={total} fill="#ffffff" />
      <text x={16} y={34} fontSize={22} fontWeight={700} fill="#0f172a">
        {figure.topic.title}
      </text>
      <text x={16} y={60} fontSize={14} fill="#475569">
        {subtitle}
      </text>
      {kind === "map" ? (
        <TopicMap
          governments={figure.governments}
          stances={new Map(figure.stances)}
          contested={new Set(figure.contested)}
          label={`World map: ${figure.topic.title}, as of ${figure.asOf}`}
          y={HEADER}
        />
      ) : (
        <StanceChartSvg
          columns={figure.columns}
          events={figure.events}
          label={`${figure.topic.title}: stances over time`}
          x={0}
          y={HEADER}
          width={width}
        />
      )}
      <SvgLegend x={16} y={HEADER + height + 12} />
      <text x={16} y={total - 12} fontSize={11} fill="#64748b">
        {`Stance Atlas · ${origin}/topics/${figure.topic.slug} · CC BY 4.0 · each position links to its source`}
      </text>
    </svg>
  );
}
