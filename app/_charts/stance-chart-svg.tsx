import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { STANCES, type Stance } from "@/db/enums";
import { eventNameAndDates, formatDate } from "@/server/shared/dates";
import { STANCE_STYLE } from "@/app/_components/stance-style";
import { DEFAULT_LOCALE, type Locale, localizeHref } from "@/server/i18n/locales";
import { SVG_FONT } from "./svg-font";

// How many governments hold each stance on one topic at each date: stacked bars (d3-scale,
// d3-shape), every colour and size written on the elements, so that the SVG stands on its own
// (on a page, in a downloaded file). An event's label links to the event.

/** One bar: the counts as of a date; an event's carries the event's slug. */
export type ChartColumn = { date: string; label: string; counts: Record<Stance, number>; event?: string };

export type ChartEvent = { slug: string; name: string; startDate?: string; endDate: string };

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 280;
const MARGIN = { top: 12, right: 12, bottom: 44, left: 36 };

/** An event column's name and dates, for its label's hover and focus (in English: the files' words). */
function englishEventTitle(column: ChartColumn, event: ChartEvent | undefined): string {
  return event ? eventNameAndDates(event) : `${column.label}, ${formatDate(column.date)}`;
}

const NEW_TAB = { target: "_blank", rel: "noopener" };

type Props = {
  columns: readonly ChartColumn[];
  events?: readonly ChartEvent[];
  label: string;
  className?: string;
  /** Where and how wide it is drawn inside a larger SVG (its height follows). */
  x?: number;
  y?: number;
  width?: number;
  /** In an embed: event links open a new tab. */
  newTab?: boolean;
  /** An event column's title in the page's language (the file's English without it). */
  eventTitle?: (column: ChartColumn, event: ChartEvent | undefined) => string;
  /** The page's language, for the events' links (English without one). */
  locale?: Locale;
};

export function StanceChartSvg({
  columns,
  events = [],
  label,
  className,
  x: left,
  y: top,
  width = CHART_WIDTH,
  newTab = false,
  eventTitle = englishEventTitle,
  locale = DEFAULT_LOCALE,
}: Props) {
  const max = Math.max(1, ...columns.map((c) => STANCES.reduce((sum, s) => sum + c.counts[s], 0)));
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.date))
    .range([MARGIN.left, CHART_WIDTH - MARGIN.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const series = stack<ChartColumn, Stance>()
    .keys(STANCES)
    .value((column, stance) => column.counts[stance])([...columns]);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      x={left}
      y={top}
      width={width}
      height={(width * CHART_HEIGHT) / CHART_WIDTH}
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      className={className}
      fontFamily={SVG_FONT}
      role="group"
      aria-label={label}
    >
      <g aria-hidden="true">
        <rect width={CHART_WIDTH} height={CHART_HEIGHT} fill="#ffffff" />
        {y.ticks(Math.min(5, max)).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={MARGIN.left} x2={CHART_WIDTH - MARGIN.right} stroke="#e2e8f0" />
            <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" fill="#64748b" fontSize={11}>
              {tick}
            </text>
          </g>
        ))}
        {series.map((layer) => (
          <g key={layer.key} fill={STANCE_STYLE[layer.key].background} stroke="#64748b" strokeWidth={0.5}>
            {layer.map((point) => (
              <rect
                key={point.data.date}
                x={x(point.data.date)}
                width={x.bandwidth()}
                y={y(point[1])}
                height={Math.max(0, y(point[0]) - y(point[1]))}
              />
            ))}
          </g>
        ))}
      </g>
      {columns.map((c) => {
        const text = (
          <text
            key={c.date}
            x={(x(c.date) ?? 0) + x.bandwidth() / 2}
            y={CHART_HEIGHT - MARGIN.bottom + 16}
            textAnchor="middle"
            fill={c.event ? "#1e3a8a" : "#334155"}
            fontSize={10}
            textDecoration={c.event ? "underline" : undefined}
            aria-hidden={c.event ? undefined : true}
          >
            {c.label}
          </text>
        );
        const title = c.event
          ? eventTitle(
              c,
              events.find((e) => e.slug === c.event),
            )
          : "";
        return c.event ? (
          <a
            key={c.date}
            href={localizeHref(locale, `/events/${c.event}`)}
            aria-label={title}
            {...(newTab ? NEW_TAB : {})}
          >
            <title>{title}</title>
            {text}
          </a>
        ) : (
          text
        );
      })}
    </svg>
  );
}
