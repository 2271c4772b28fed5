import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { STANCE_LABEL, STANCES, type Stance } from "@/db/enums";
import { formatDate, formatPeriod } from "@/server/shared/dates";
import { STANCE_STYLE } from "@/app/_components/stance-style";

// How many governments hold each stance on one topic at each date stop: stacked bars
// (d3-scale, d3-shape), with the same numbers in a table for screen readers.

/** One bar: the counts as of a date; an event's carries the event's slug (its label links to it). */
export type ChartColumn = { date: string; label: string; counts: Record<Stance, number>; event?: string };

type ChartEvent = { slug: string; name: string; startDate?: string; endDate: string };

const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

const WIDTH = 720;
const HEIGHT = 280;
const MARGIN = { top: 12, right: 12, bottom: 44, left: 36 };

/** An event column's name and dates, for its label's hover and focus. */
function eventTitle(column: ChartColumn, events: readonly ChartEvent[]): string {
  const event = events.find((e) => e.slug === column.event);
  return event ? `${event.name}, ${formatPeriod(event.startDate ?? event.endDate, event.endDate)}` : `${column.label}, ${formatDate(column.date)}`;
}

type Props = { columns: ChartColumn[]; topicTitle: string; events?: readonly ChartEvent[]; /** In an embed: event links open a new tab. */ newTab?: boolean };

export function StanceChart({ columns, topicTitle, events = [], newTab = false }: Props) {
  const max = Math.max(1, ...columns.map((c) => STANCES.reduce((sum, s) => sum + c.counts[s], 0)));
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.date))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const series = stack<ChartColumn, Stance>()
    .keys(STANCES)
    .value((column, stance) => column.counts[stance])(columns);

  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-slate-600">
        {topicTitle}: governments with a recorded position, by stance, at each date.
      </figcaption>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-4xl rounded-lg border border-slate-200 bg-white"
        fontFamily={FONT}
        role="group"
        aria-label={`${topicTitle}: stances over time (the numbers are in the table below; event names link to the events)`}
      >
        <rect width={WIDTH} height={HEIGHT} fill="#ffffff" aria-hidden="true" />
        <g aria-hidden="true">
        {y.ticks(Math.min(5, max)).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke="#e2e8f0" />
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
          const label = (
            <text key={c.date} x={(x(c.date) ?? 0) + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fill={c.event ? "#1e3a8a" : "#334155"} fontSize={10} textDecoration={c.event ? "underline" : undefined} aria-hidden={c.event ? undefined : true}>
              {c.label}
            </text>
          );
          return c.event ? (
            <a key={c.date} href={`/events/${c.event}`} aria-label={eventTitle(c, events)} {...(newTab ? { target: "_blank", rel: "noopener" } : {})}>
              <title>{eventTitle(c, events)}</title>
              {label}
            </a>
          ) : (
            label
          );
        })}
      </svg>
      {/* A table with sr-only on itself still widens the page (a table takes its content's width): the wrapper hides it. */}
      <div className="sr-only">
        <table>
          <caption>{topicTitle}: governments by stance at each date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {STANCES.map((s) => (
                <th key={s} scope="col">
                  {STANCE_LABEL[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.date}>
                <th scope="row">
                  {c.label} ({formatDate(c.date)})
                </th>
                {STANCES.map((s) => (
                  <td key={s}>{c.counts[s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
