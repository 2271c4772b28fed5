import { scaleLinear, scaleUtc } from "d3-scale";
import { schemeTableau10 } from "d3-scale-chromatic";
import { line } from "d3-shape";
import { useTranslations } from "next-intl";
import { type AgreementStop } from "@/server/services/compare";
import { useDates } from "@/app/_components/use-dates";
import { useAgreementWords } from "./use-agreement-words";

// Each pair's share of shared topics on the same side, at every event and year-end up to the
// date: one line per pair (d3), told apart by colour and dash; the numbers in a table below.

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };
const DASHES = ["", "6 3", "2 3", "10 3 2 3"];

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

type Props = { stops: AgreementStop[]; name: (iso3: string) => string };

export function AgreementChart({ stops, name }: Props) {
  const t = useTranslations("compare.chart");
  const { day } = useDates();
  const { share, pair: label } = useAgreementWords(name);
  const pairs = stops[0]?.pairs.map((p) => ({ a: p.a, b: p.b })) ?? [];
  if (stops.length < 2 || pairs.length === 0) return <p className="text-sm text-slate-600">{t("notEnough")}</p>;
  const x = scaleUtc()
    .domain([utc(stops[0]?.date ?? ""), utc(stops.at(-1)?.date ?? "")])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const style = (i: number) => ({
    stroke: schemeTableau10[i % schemeTableau10.length] ?? "#333",
    dash: DASHES[Math.floor(i / 2) % DASHES.length] ?? "",
  });
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-slate-600">{t("caption")}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full max-w-4xl rounded-lg border border-slate-200 bg-white"
        aria-hidden="true"
      >
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke="#e2e8f0" />
            <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" className="fill-slate-500 text-[11px]">
              {share(tick)}
            </text>
          </g>
        ))}
        {x.ticks(6).map((tick) => (
          <text
            key={tick.toISOString()}
            x={x(tick)}
            y={HEIGHT - 8}
            textAnchor="middle"
            className="fill-slate-600 text-[11px]"
          >
            {tick.getUTCFullYear()}
          </text>
        ))}
        {pairs.map((pair, i) => {
          const points = stops.map((stop) => ({ date: stop.date, share: stop.pairs[i]?.sameSide ?? null }));
          const path = line<{ date: string; share: number | null }>()
            .defined((p) => p.share !== null)
            .x((p) => x(utc(p.date)))
            .y((p) => y(p.share ?? 0))(points);
          const { stroke, dash } = style(i);
          return (
            <g key={`${pair.a}-${pair.b}`}>
              <path d={path ?? ""} fill="none" stroke={stroke} strokeWidth={2} strokeDasharray={dash} />
              {points.map(
                (p) =>
                  p.share !== null && <circle key={p.date} cx={x(utc(p.date))} cy={y(p.share)} r={2.5} fill={stroke} />,
              )}
            </g>
          );
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {pairs.map((pair, i) => (
          <li key={`${pair.a}-${pair.b}`} className="flex items-center gap-2">
            <svg width="28" height="8">
              <line
                x1="0"
                x2="28"
                y1="4"
                y2="4"
                stroke={style(i).stroke}
                strokeWidth={2}
                strokeDasharray={style(i).dash}
              />
            </svg>
            {label(pair)}
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700 underline">{t("asTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="text-start">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1">
                  {t("date")}
                </th>
                {pairs.map((pair) => (
                  <th key={`${pair.a}-${pair.b}`} scope="col" className="px-2 py-1">
                    {label(pair)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stops.map((stop) => (
                <tr key={stop.date}>
                  <th scope="row" className="px-2 py-1 font-normal">
                    {stop.label === stop.date ? day(stop.date) : t("stop", { label: stop.label, date: day(stop.date) })}
                  </th>
                  {stop.pairs.map((p) => (
                    <td key={`${p.a}-${p.b}`} className="px-2 py-1 tabular-nums">
                      {share(p.sameSide)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
