import { useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type Comparison } from "@/server/services/compare";
import { CAMP_THRESHOLD, MIN_TOPICS, placementsAsOf } from "@/server/shared/camps/camp-rule";
import { CampMark } from "../camps/camp-mark";

const WIDTH = 240;
const PAD = 8;
const xOf = (mean: number) => PAD + ((mean + 2) / 4) * (WIDTH - 2 * PAD);
const MEAN_FORMAT = { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" } as const;

/** The compared governments on /camps's axis as of the comparison's date: each one's mean, camp and topic count. */
export function CampAxis({ comparison, name }: { comparison: Comparison; name: (iso3: string) => string }) {
  const t = useTranslations("compare");
  const tCamps = useTranslations("camps");
  const tGovernment = useTranslations("governments.page");
  const format = useFormatter();
  const placed = placementsAsOf(comparison.positions, comparison.at);
  return (
    <div className="space-y-2">
      <p className="max-w-4xl text-sm text-slate-700">
        {t.rich("campsExplained", {
          camps: (chunks) => (
            <Link href={`/camps?at=${comparison.at}`} className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <ul className="space-y-1 text-sm">
        {comparison.governments.map(({ iso3 }) => {
          const p = placed.get(iso3);
          return (
            <li key={iso3} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="w-40 font-medium">{name(iso3)}</span>
              <svg viewBox={`0 0 ${WIDTH} 16`} width={WIDTH} height={16} aria-hidden="true" className="shrink-0">
                <line x1={PAD} x2={WIDTH - PAD} y1={8} y2={8} stroke="#cbd5e1" />
                {[-CAMP_THRESHOLD, 0, CAMP_THRESHOLD].map((x) => (
                  <line
                    key={x}
                    x1={xOf(x)}
                    x2={xOf(x)}
                    y1={2}
                    y2={14}
                    stroke="#94a3b8"
                    strokeDasharray={x ? "2 2" : undefined}
                  />
                ))}
                {p && <CampMark camp={p.camp} x={xOf(p.mean)} y={8} r={5} />}
              </svg>
              <span className="text-slate-700">
                {p
                  ? t("campPlaced", {
                      camp: tCamps(`camp.${p.camp}`),
                      mean: format.number(p.mean, MEAN_FORMAT),
                      count: p.topics,
                    })
                  : tGovernment("campNone", { min: MIN_TOPICS })}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
