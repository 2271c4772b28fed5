import { EVIDENCE_LABEL } from "@/db/enums";
import { type RecordSet } from "@/db/dataset/record-sets";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { StanceBadge } from "../matrix/stance-badge";

type Props = { sets: RecordSet[]; topicTitle: (slug: string) => string; rows: (id: string) => number | undefined };

/** The coding table: every record set, every value it holds, and the position each becomes (rendered from the rules the coder runs). */
export function CodingTable({ sets, topicTitle, rows }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="p-3 text-left text-slate-600">
          How each public record becomes positions. A record becomes a position only where it says something about the topic.
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">Record</th>
            <th scope="col" className="p-2">Topic</th>
            <th scope="col" className="p-2">Value</th>
            <th scope="col" className="p-2">Stance</th>
            <th scope="col" className="p-2">Evidence</th>
            <th scope="col" className="p-2">Stated on</th>
            <th scope="col" className="p-2 text-right">Positions</th>
          </tr>
        </thead>
        <tbody>
          {sets.flatMap((set) =>
            set.rules.map((rule, i) => (
              <tr key={`${set.id}-${rule.value}`} className={`align-top ${i === 0 ? "border-t border-slate-200" : ""}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={set.rules.length} className="max-w-72 p-2 font-medium">
                    {set.title}
                  </th>
                )}
                {i === 0 && (
                  <td rowSpan={set.rules.length} className="p-2">
                    {topicTitle(set.topic)}
                  </td>
                )}
                <td className="p-2">
                  <code>{rule.value}</code>
                </td>
                <td className="p-2">
                  <StanceBadge stance={rule.stance} />
                </td>
                <td className="p-2">
                  <EvidenceBadge evidence={rule.evidence} />
                  <span className="sr-only"> ({EVIDENCE_LABEL[rule.evidence]})</span>
                </td>
                <td className="p-2">{rule.statedOn}</td>
                {i === 0 && (
                  <td rowSpan={set.rules.length} className="p-2 text-right tabular-nums">
                    {rows(set.id)?.toLocaleString("en") ?? "—"}
                  </td>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
