import { PageSection } from "@/app/_components/page-section";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { ruleAnchor } from "@/server/shared/method-rules";
import { section } from "./sections";

/** What the records hold that is deliberately not a stance, in general and set by set. */
export function NotCodedSection({ sets }: { sets: readonly RecordSet[] }) {
  return (
    <PageSection {...section("not-coded")}>
      <ul className="list-disc space-y-1 ps-5 text-slate-700">
        <li>
          Absence: a government that has no recorded vote, or is missing from a list, has no recorded position from it —
          never a guess.
        </li>
        <li>
          Leaving: leaving a coalition ends the position that rested on its membership (
          <a href={`#${ruleAnchor(5)}`} className="underline">
            rule 5
          </a>
          ) and states no new one; the government&apos;s page says it left.
        </li>
        <li>
          Not signing a declaration states no position. (The WCIT-12 Final Acts differ: a government present at the
          conference that did not sign them is coded, as{" "}
          <a href="#record-sets" className="underline">
            that record set
          </a>{" "}
          says.)
        </li>
        <li>An adoption without a vote codes no government: nobody&apos;s vote is on record.</li>
        <li>
          A record with no date and no upper bound: a position needs a date, so the row is left out rather than dated by
          guess.
        </li>
      </ul>
      <ul className="space-y-1 text-sm text-slate-600">
        {sets.flatMap((set) =>
          set.notCoded.map((n) => (
            <li key={`${set.id}-${n.value}`}>
              {set.title}: <code>{n.value}</code> — {n.why}.
            </li>
          )),
        )}
      </ul>
    </PageSection>
  );
}
