import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { formatDate } from "@/server/shared/dates";
import { METHOD_RULES, METHOD_V2_REASON_PREFIX, METHOD_VERSION, ruleAnchor } from "@/server/shared/method-rules";
import { type RecordCurrency } from "@/server/services/record-currency";
import { section } from "./sections";

/** The seven rules of the method in force, what each changed, and how the change reached the data (rule 7). */
export function RulesSection({ recoded }: { recoded: RecordCurrency["recoded"] }) {
  return (
    <PageSection {...section("rules")}>
      <p className="text-slate-700">
        Version {METHOD_VERSION.number} of the method took effect in {METHOD_VERSION.tookEffect}, after an outside
        review of version 1 by a scholar&apos;s standards. A record becomes a position only where it says something
        about the topic; these rules say how.
      </p>
      <ol aria-label="The seven rules" className="list-decimal space-y-3 ps-6 marker:font-semibold">
        {METHOD_RULES.map((rule) => (
          <li key={rule.number} id={ruleAnchor(rule.number)} className="scroll-mt-4 ps-1">
            <p className="font-semibold">{rule.title}</p>
            <p className="text-slate-700">{rule.text}</p>
            <p className="text-sm text-slate-600">
              <span className="font-medium">Changed from version 1:</span> {rule.changed}
            </p>
          </li>
        ))}
      </ol>
      <p className="text-slate-700">
        Nothing was rewritten in place (
        <a href={`#${ruleAnchor(7)}`} className="underline">
          rule 7
        </a>
        ). Every position version 2 re-codes has a new revision by the reference dataset&apos;s account, with its reason
        — “{METHOD_V2_REASON_PREFIX} …” — in the position&apos;s history, and the next{" "}
        <Link href="/data" className="underline">
          data release
        </Link>{" "}
        lists every position it changed or withdrew.
        {recoded.positions > 0 && recoded.firstOn && (
          <>
            {" "}
            In this database, {recoded.positions.toLocaleString("en")} positions have such a revision (re-coded or
            withdrawn), the first made on {formatDate(recoded.firstOn)}.
          </>
        )}
      </p>
    </PageSection>
  );
}
