import { useTranslations } from "next-intl";
import { type CampsAnswer } from "@/server/services/camps";
import { CAMPS } from "@/server/shared/camps/camp-rule";
import { CampMark } from "./camp-mark";

const WIDTH = 720;
const ROW = 44;
const LEFT = 48;
const RIGHT = 12;
const TOP = 24;

/** x of a mean score (−2 … +2); time runs down the rows, the axis left (multistakeholder) to right, in every language. */
const xOf = (mean: number) => LEFT + ((mean + 2) / 4) * (WIDTH - LEFT - RIGHT);

const STACK = 7;
const GAP = 5;

/** Marks at the same mean stacked in columns of STACK around the row's line (a small beeswarm), so each stays countable. */
function swarm<D extends { mean: number }>(dots: D[]): (D & { dx: number; dy: number })[] {
  const seen = new Map<number, number>();
  return dots.map((d) => {
    const k = seen.get(d.mean) ?? 0;
    seen.set(d.mean, k + 1);
    const column = Math.floor(k / STACK);
    const row = k % STACK;
    return { ...d, dx: (column % 2 === 0 ? 1 : -1) * Math.ceil(column / 2) * GAP, dy: (row - (STACK - 1) / 2) * GAP };
  });
}

/** One mark per government per year at its mean score, coloured and shaped by camp; a table of each year's counts after it. */
export function CampStrip({ answer }: { answer: Pick<CampsAnswer, "years" | "strip" | "rule"> }) {
  const t = useTranslations("camps");
  const { years, strip, rule } = answer;
  const height = TOP + years.length * ROW + 8;
  const counts = years.map((y) => ({
    year: y.year,
    ...Object.fromEntries(
      CAMPS.map((camp) => [camp, strip.filter((d) => d.year === y.year && d.camp === camp).length]),
    ),
  })) as ({ year: string } & Record<(typeof CAMPS)[number], number>)[];
  return (
    <figure className="space-y-2">
      <div className="overflow-x-auto" dir="ltr">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="w-full min-w-[36rem]"
          role="img"
          aria-label={t("chartLabel")}
        >
          {[-rule.threshold, rule.threshold].map((x) => (
            <line key={x} x1={xOf(x)} x2={xOf(x)} y1={TOP - 6} y2={height - 4} stroke="#94a3b8" strokeDasharray="3 3" />
          ))}
          <line x1={xOf(0)} x2={xOf(0)} y1={TOP - 6} y2={height - 4} stroke="#cbd5e1" />
          <text x={LEFT} y={12} fontSize="11" fill="#475569">
            {t("axisMultistakeholder")}
          </text>
          <text x={WIDTH - RIGHT} y={12} fontSize="11" fill="#475569" textAnchor="end">
            {t("axisIntergovernmental")}
          </text>
          {years.map((y, row) => {
            const cy = TOP + row * ROW + ROW / 2;
            const dots = swarm(strip.filter((d) => d.year === y.year));
            return (
              <g key={y.year}>
                <text x={LEFT - 8} y={cy + 4} fontSize="11" fill="#334155" textAnchor="end">
                  {y.year}
                </text>
                <line x1={LEFT} x2={WIDTH - RIGHT} y1={cy} y2={cy} stroke="#f1f5f9" />
                <g opacity={0.8}>
                  {dots.map((d) => (
                    <CampMark key={d.iso3} camp={d.camp} x={xOf(d.mean) + d.dx} y={cy + d.dy} r={2.2} />
                  ))}
                </g>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="text-sm text-slate-600">{t("chartExplained")}</figcaption>
      {/* A table ignores sr-only's 1px width (overflow does not clip a table): the box around it does. */}
      <div className="sr-only">
        <table>
          <caption>{t("yearTableLabel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              {CAMPS.map((camp) => (
                <th key={camp} scope="col">
                  {t(`camp.${camp}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.year}>
                <th scope="row">{c.year}</th>
                {CAMPS.map((camp) => (
                  <td key={camp}>{c[camp]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
