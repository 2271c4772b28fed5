import { EVIDENCE_KINDS, EVIDENCE_LABEL, STANCE_LABEL, STANCES } from "@/db/enums";
import { type EvidenceBalance } from "@/server/services/evidence-balance";

/** Published positions by stance (rows) and kind of evidence (columns): what each side of the scale rests on. */
export function EvidenceBalanceTable({ balance }: { balance: EvidenceBalance }) {
  const n = (filter: (row: EvidenceBalance[number]) => boolean) =>
    balance.filter(filter).reduce((sum, row) => sum + row.positions, 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">
          What each stance rests on: positions on record by kind of evidence
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              Stance
            </th>
            {EVIDENCE_KINDS.map((kind) => (
              <th key={kind} scope="col" className="p-2 text-end">
                {EVIDENCE_LABEL[kind]}
              </th>
            ))}
            <th scope="col" className="p-2 text-end">
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {STANCES.map((stance) => (
            <tr key={stance} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {STANCE_LABEL[stance]}
              </th>
              {EVIDENCE_KINDS.map((kind) => (
                <td key={kind} className="p-2 text-end tabular-nums">
                  {n((row) => row.stance === stance && row.evidence === kind).toLocaleString("en")}
                </td>
              ))}
              <td className="p-2 text-end font-medium tabular-nums">
                {n((row) => row.stance === stance).toLocaleString("en")}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" className="p-2">
              All stances
            </th>
            {EVIDENCE_KINDS.map((kind) => (
              <td key={kind} className="p-2 text-end tabular-nums">
                {n((row) => row.evidence === kind).toLocaleString("en")}
              </td>
            ))}
            <td className="p-2 text-end tabular-nums">{n(() => true).toLocaleString("en")}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
