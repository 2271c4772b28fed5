import { PageSection } from "@/app/_components/page-section";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { type Stance } from "@/db/enums";
import { type EvidenceBalance } from "@/server/services/evidence-balance";
import { ruleAnchor } from "@/server/shared/method-rules";
import { EvidenceBalanceTable } from "./evidence-balance-table";
import { section } from "./sections";

const MULTISTAKEHOLDER_SIDE: readonly Stance[] = ["multistakeholder", "leans_multistakeholder"];
const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "0%");
const RuleLink = ({ n }: { n: number }) => (
  <a href={`#${ruleAnchor(n)}`} className="underline">
    rule {n}
  </a>
);

/** The limits of the coding, said plainly, with the numbers that show them. */
export function CaveatsSection({ balance, partial }: { balance: EvidenceBalance; partial: readonly RecordSet[] }) {
  const count = (filter: (row: EvidenceBalance[number]) => boolean) =>
    balance.filter(filter).reduce((sum, row) => sum + row.positions, 0);
  const total = count(() => true);
  const statements = count((row) => row.evidence === "statement");
  const msSide = (row: EvidenceBalance[number]) => MULTISTAKEHOLDER_SIDE.includes(row.stance);
  const msNotVotes = count((row) => msSide(row) && row.evidence !== "vote");
  const msEndorsements = count((row) => msSide(row) && row.evidence === "endorsement");
  const msFull = count((row) => row.stance === "multistakeholder");
  return (
    <PageSection {...section("caveats")}>
      <p className="text-slate-700">Read every cell with these limits in mind.</p>
      <ul className="list-disc space-y-3 ps-5 text-slate-700">
        <li>
          <strong>Most positions are not statements.</strong> {statements.toLocaleString("en")} of the{" "}
          {total.toLocaleString("en")} positions on record ({percent(statements, total)}) are a government&apos;s own
          words; the rest are how it voted, what it signed or joined, and what it tabled. Where a government stands here
          is read from all four, each coded by the same rule (<RuleLink n={1} />
          ).
        </li>
        <li>
          <strong>The rival resolutions read a preference between two state-led processes</strong> (<RuleLink n={2} />
          ). The coding reads the Russian-led texts (73/27, 74/29, 75/240) as the intergovernmental side and the US-led
          texts (73/266, 74/28, 75/32) as the multistakeholder side: the poles their sponsors argued for, the
          Russian-led side for rules set by states alone, in UN bodies (73/27&apos;s list of norms largely restates the
          2015 GGE report, with additions from the SCO code). But both texts set up processes among states — the
          Open-ended Working Group, open to all states, and the Group of Governmental Experts, a small group of
          governments&apos; experts — and neither is multistakeholder. On these votes, “leans multistakeholder” means
          preferring the US-led process to the Russian-led one, not a vote for rules made with industry and civil
          society.
        </li>
        <li>
          <strong>Outside the UN votes, the multistakeholder side rests mostly on endorsements:</strong>{" "}
          {msEndorsements.toLocaleString("en")} of its {msNotVotes.toLocaleString("en")} positions that are not votes
          are endorsements, chiefly of two declarations launched in Western capitals: the Paris Call (launched by France
          in 2018) and the Freedom Online Coalition (founded at The Hague in 2011). Joining them is support for a text
          others wrote, coded one step softer; only {msFull.toLocaleString("en")} positions are at full multistakeholder
          strength (under rule 1, only a government&apos;s own words or text reach it).
        </li>
        <li>
          <strong>Absence from a list is never a stance.</strong> A government missing from a list, or with no recorded
          vote, is shown grey — no recorded position — never neutral and never on either side.
        </li>
        <li>
          <strong>Some lists are partial</strong>, so there an absence may be a gap in our sources:{" "}
          {partial.map((set, i) => (
            <span key={set.id}>
              {i > 0 && "; "}
              <a href={`#set-${set.id}`} className="underline">
                {set.title}
              </a>
            </span>
          ))}
          ; and the six WTPF-13 statements, from one report, not a full record of the forum.
        </li>
      </ul>
      <EvidenceBalanceTable balance={balance} />
    </PageSection>
  );
}
