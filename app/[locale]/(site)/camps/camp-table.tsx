import { useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type CampsAnswer } from "@/server/services/camps";
import { campChanges } from "@/server/shared/camps/camp-paths";
import { type Camp } from "@/server/shared/camps/camp-rule";
import { CampMark, CampSwatch } from "./camp-mark";

const MEAN_FORMAT = { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" } as const;
const COLUMNS = ["government", "camp", "mean", "topics", "evidence", "path"] as const;

/** A path's changes only, as words: "2011: Swing state; 2014: Multistakeholder camp". */
const pathChanges = (path: (Camp | null)[], years: string[], word: (camp: Camp | null) => string) =>
  campChanges(path, years)
    .map(({ year, camp }) => `${year}: ${word(camp)}`)
    .join("; ");

/** A government's camp year by year as one small picture: a mark per year, a ring where it was not placed. */
function PathStrip({ path, label }: { path: (Camp | null)[]; label: string }) {
  return (
    <svg width={path.length * 14} height={12} aria-hidden="true" className="block">
      <title>{label}</title>
      {path.map((camp, i) =>
        camp ? (
          <CampMark key={i} camp={camp} x={i * 14 + 6} y={6} r={4.5} />
        ) : (
          <circle key={i} cx={i * 14 + 6} cy={6} r={4} fill="none" stroke="#cbd5e1" />
        ),
      )}
    </svg>
  );
}

/** Every placed government: its camp, mean, topic count, evidence and camp year by year. */
export function CampTable({ answer }: { answer: Pick<CampsAnswer, "governments" | "years"> }) {
  const t = useTranslations("camps");
  const tEvidence = useTranslations("evidenceKind");
  const format = useFormatter();
  const years = answer.years.map((y) => y.year);
  const word = (camp: Camp | null) => (camp ? t(`campShort.${camp}`) : t("notPlaced"));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" aria-label={t("governmentsLabel")}>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-start font-semibold">
                {t(`column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {answer.governments.map((g) => (
            <tr key={g.iso3}>
              <th scope="row" className="px-3 py-1.5 text-start font-normal">
                <Link href={`/governments/${g.iso3}`} className="hover:underline">
                  {g.name}
                </Link>
              </th>
              <td className="px-3 py-1.5 whitespace-nowrap">
                <span className="inline-flex items-center gap-1.5">
                  <CampSwatch camp={g.camp} />
                  {t(`campShort.${g.camp}`)}
                </span>
              </td>
              <td className="px-3 py-1.5 tabular-nums">{format.number(g.mean, MEAN_FORMAT)}</td>
              <td className="px-3 py-1.5 tabular-nums">{g.topics}</td>
              <td className="px-3 py-1.5">{g.evidence.map((e) => tEvidence(e)).join(", ")}</td>
              <td className="px-3 py-1.5">
                <PathStrip path={g.path} label={pathChanges(g.path, years, word)} />
                <span className="sr-only">{pathChanges(g.path, years, word)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
