import { useTranslations } from "next-intl";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { type Stance } from "@/db/enums";
import { type EvidenceBalance } from "@/server/services/evidence-balance";
import { EvidenceBalanceTable } from "./evidence-balance-table";
import { MethodSection } from "./method-section";
import { ruleLink } from "./rule-link";

const MULTISTAKEHOLDER_SIDE: readonly Stance[] = ["multistakeholder", "leans_multistakeholder"];
/** The share of a whole, rounded to a whole percent (0 of nothing: 0%). */
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) / 100 : 0);
const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** The limits of the coding, said plainly, with the numbers that show them. */
export function CaveatsSection({ balance, partial }: { balance: EvidenceBalance; partial: readonly RecordSet[] }) {
  const t = useTranslations("methodology.caveats");
  const storedText = useStoredText();
  const count = (filter: (row: EvidenceBalance[number]) => boolean) =>
    balance.filter(filter).reduce((sum, row) => sum + row.positions, 0);
  const total = count(() => true);
  const statements = count((row) => row.evidence === "statement");
  const msSide = (row: EvidenceBalance[number]) => MULTISTAKEHOLDER_SIDE.includes(row.stance);
  const msNotVotes = count((row) => msSide(row) && row.evidence !== "vote");
  const msEndorsements = count((row) => msSide(row) && row.evidence === "endorsement");
  const msFull = count((row) => row.stance === "multistakeholder");
  return (
    <MethodSection id="caveats">
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="list-disc space-y-3 ps-5 text-slate-700">
        <li>
          {t.rich("statements", {
            statements,
            total,
            share: share(statements, total),
            strong,
            rule: ruleLink(1),
          })}
        </li>
        <li>{t.rich("rivals", { strong, rule: ruleLink(2) })}</li>
        <li>{t.rich("endorsements", { endorsements: msEndorsements, notVotes: msNotVotes, full: msFull, strong })}</li>
        <li>{t.rich("absence", { strong })}</li>
        <li>
          {t.rich("partial", {
            strong,
            sets: () =>
              partial.map((set, i) => (
                <span key={set.id}>
                  {i > 0 && t("partialSeparator")}
                  <a href={`#set-${set.id}`} className="underline" {...storedText}>
                    {set.title}
                  </a>
                </span>
              )),
          })}
        </li>
      </ul>
      <EvidenceBalanceTable balance={balance} />
    </MethodSection>
  );
}
