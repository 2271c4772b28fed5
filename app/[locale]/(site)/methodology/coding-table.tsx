import { useTranslations } from "next-intl";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { useStoredText } from "@/app/_components/use-stored-text";
import { StanceBadge } from "../matrix/stance-badge";

/** One record set's coding table: every value it holds and the position each becomes (rendered from the rules the coder runs). */
export function CodingTable({ set }: { set: RecordSet }) {
  const t = useTranslations("methodology.codingTable");
  const tEvidence = useTranslations("evidenceKind");
  const storedText = useStoredText();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">
          {t.rich("caption", { title: () => <span {...storedText}>{set.title}</span> })}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              {t("value")}
            </th>
            <th scope="col" className="p-2">
              {t("stance")}
            </th>
            <th scope="col" className="p-2">
              {t("evidence")}
            </th>
            <th scope="col" className="p-2">
              {t("dated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {set.rules.map((rule) => (
            <tr key={rule.value} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <code {...storedText}>{rule.value}</code>
              </th>
              <td className="p-2">
                <StanceBadge stance={rule.stance} />
              </td>
              <td className="p-2">
                <EvidenceBadge evidence={rule.evidence} />
                <span className="sr-only"> ({tEvidence(rule.evidence)})</span>
              </td>
              <td className="p-2" {...storedText}>
                {rule.statedOn}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
