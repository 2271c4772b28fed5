import { useLocale, useTranslations } from "next-intl";
import { STANCES } from "@/db/enums";
import { stanceClass } from "@/app/_components/stance-style";
import { useDates } from "@/app/_components/use-dates";
import { useStopLabel } from "@/app/_charts/stop-label";
import { localizeHref } from "@/server/i18n/locales";
import { type MatrixCell } from "@/server/shared/matrix-types";
import { cellKey, type TimeStop } from "@/server/shared/timeline";

type Props = {
  topic: string;
  governments: readonly { iso3: string; name: string }[];
  others: number;
  stops: readonly TimeStop[];
  snapshots: readonly Map<string, MatrixCell>[];
};

/**
 * A topic's governments × time table: a pill per government at each stop. Bare markup, styled from
 * app/globals.css (`.hm`): a topic with 170 governments draws a thousand cells, and React repeats the
 * page's markup in its payload.
 */
export function TopicHeatmap({ topic, governments, others, stops, snapshots }: Props) {
  const t = useTranslations("topics.heatmap");
  const tStance = useTranslations("stance");
  const locale = useLocale();
  const { day } = useDates();
  const stopLabel = useStopLabel();
  const label = Object.fromEntries(STANCES.map((s) => [s, tStance(s)]));
  const noPosition = t("noPosition");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="hm text-sm">
        <caption className="p-2 text-start text-slate-600">
          {t("caption", { count: governments.length, others })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky start-0 bg-white p-2 text-start">
              {t("government")}
            </th>
            {stops.map((stop) => (
              <th key={stop.date} scope="col" className="p-2 text-start text-xs font-semibold whitespace-nowrap">
                {stopLabel(stop.label)}
                <span className="block font-normal text-slate-500">{day(stop.date)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {governments.map((g) => (
            <tr key={g.iso3}>
              <th scope="row">
                <a href={localizeHref(locale, `/governments/${g.iso3}`)}>{g.name}</a>
              </th>
              {snapshots.map((cells, i) => {
                const stance = cells.get(cellKey(g.iso3, topic))?.stance ?? null;
                return (
                  <td key={stops[i]?.date} className={stanceClass(stance)}>
                    <i>{stance ? label[stance] : noPosition}</i>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
