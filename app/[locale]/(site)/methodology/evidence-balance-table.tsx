import { useFormatter, useTranslations } from "next-intl";
import { EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { type EvidenceBalance } from "@/server/services/evidence-balance";

/** Published positions by stance (rows) and kind of evidence (columns): what each side of the scale rests on. */
export function EvidenceBalanceTable({ balance }: { balance: EvidenceBalance }) {
  const t = useTranslations();
  const format = useFormatter();
  const n = (filter: (row: EvidenceBalance[number]) => boolean) =>
    format.number(balance.filter(filter).reduce((sum, row) => sum + row.positions, 0));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">{t("methodology.balance.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              {t("methodology.balance.stance")}
            </th>
            {EVIDENCE_KINDS.map((kind) => (
              <th key={kind} scope="col" className="p-2 text-end">
                {t(`evidenceKind.${kind}`)}
              </th>
            ))}
            <th scope="col" className="p-2 text-end">
              {t("methodology.balance.all")}
            </th>
          </tr>
        </thead>
        <tbody>
          {STANCES.map((stance) => (
            <tr key={stance} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {t(`stance.${stance}`)}
              </th>
              {EVIDENCE_KINDS.map((kind) => (
                <td key={kind} className="p-2 text-end tabular-nums">
                  {n((row) => row.stance === stance && row.evidence === kind)}
                </td>
              ))}
              <td className="p-2 text-end font-medium tabular-nums">{n((row) => row.stance === stance)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" className="p-2">
              {t("methodology.balance.allStances")}
            </th>
            {EVIDENCE_KINDS.map((kind) => (
              <td key={kind} className="p-2 text-end tabular-nums">
                {n((row) => row.evidence === kind)}
              </td>
            ))}
            <td className="p-2 text-end tabular-nums">{n(() => true)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
