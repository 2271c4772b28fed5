import { useLocale, useTranslations } from "next-intl";
import { STANCES } from "@/db/enums";
import { useDates } from "@/app/_components/use-dates";
import { type ChartColumn, type ChartEvent, StanceChartSvg } from "./stance-chart-svg";
import { useStopLabel } from "./stop-label";

// A topic's stance chart on a page: the bars (stance-chart-svg.tsx), a caption, and the same
// numbers in a table for screen readers.

type Props = {
  columns: ChartColumn[];
  topicTitle: string;
  events?: readonly ChartEvent[];
  /** In an embed: event links open a new tab. */ newTab?: boolean;
};

export function StanceChart({ columns: given, topicTitle, events = [], newTab = false }: Props) {
  const t = useTranslations("charts.chart");
  const tStance = useTranslations("stance");
  const locale = useLocale();
  const { day, period } = useDates();
  const stopLabel = useStopLabel();
  const columns = given.map((c) => ({ ...c, label: stopLabel(c.label) }));
  const eventTitle = (column: ChartColumn, event: ChartEvent | undefined) =>
    event
      ? t("eventTitle", { name: event.name, dates: period(event.startDate ?? event.endDate, event.endDate) })
      : t("stopTitle", { label: column.label, date: day(column.date) });
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-slate-600">{t("caption", { topic: topicTitle })}</figcaption>
      <StanceChartSvg
        columns={columns}
        events={events}
        label={t("label", { topic: topicTitle })}
        className="h-auto w-full max-w-4xl rounded-lg border border-slate-200"
        newTab={newTab}
        eventTitle={eventTitle}
        locale={locale}
      />
      {/* A table with sr-only on itself still widens the page (a table takes its content's width): the wrapper hides it. */}
      <div className="sr-only">
        <table>
          <caption>{t("tableCaption", { topic: topicTitle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              {STANCES.map((s) => (
                <th key={s} scope="col">
                  {tStance(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.date}>
                <th scope="row">{t("stop", { label: c.label, date: day(c.date) })}</th>
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
