import { STANCE_LABEL, STANCES } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { type ChartColumn, type ChartEvent, StanceChartSvg } from "./stance-chart-svg";

// A topic's stance chart on a page: the bars (stance-chart-svg.tsx), a caption, and the same
// numbers in a table for screen readers.

type Props = {
  columns: ChartColumn[];
  topicTitle: string;
  events?: readonly ChartEvent[];
  /** In an embed: event links open a new tab. */ newTab?: boolean;
};

export function StanceChart({ columns, topicTitle, events = [], newTab = false }: Props) {
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-slate-600">
        {topicTitle}: governments with a recorded position, by stance, at each date.
      </figcaption>
      <StanceChartSvg
        columns={columns}
        events={events}
        label={`${topicTitle}: stances over time (the numbers are in the table below; event names link to the events)`}
        className="h-auto w-full max-w-4xl rounded-lg border border-slate-200"
        newTab={newTab}
      />
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
