import { EVIDENCE_LABEL } from "@/db/enums";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { StanceBadge } from "../matrix/stance-badge";

/** One record set's coding table: every value it holds and the position each becomes (rendered from the rules the coder runs). */
export function CodingTable({ set }: { set: RecordSet }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">{set.title}: how each value becomes a position</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              Value
            </th>
            <th scope="col" className="p-2">
              Stance
            </th>
            <th scope="col" className="p-2">
              Evidence
            </th>
            <th scope="col" className="p-2">
              Dated
            </th>
          </tr>
        </thead>
        <tbody>
          {set.rules.map((rule) => (
            <tr key={rule.value} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <code>{rule.value}</code>
              </th>
              <td className="p-2">
                <StanceBadge stance={rule.stance} />
              </td>
              <td className="p-2">
                <EvidenceBadge evidence={rule.evidence} />
                <span className="sr-only"> ({EVIDENCE_LABEL[rule.evidence]})</span>
              </td>
              <td className="p-2">{rule.statedOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
