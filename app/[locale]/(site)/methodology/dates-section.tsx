import { PageSection } from "@/app/_components/page-section";
import { ruleAnchor } from "@/server/shared/method-rules";
import { section } from "./sections";

const PRECISIONS = [
  { name: "Day", shown: "16 May 2014", meaning: "the day the source gives; the position counts from it." },
  {
    name: "Month",
    shown: "May 2014",
    meaning: "the source gives the month only; the position counts from its last day.",
  },
  {
    name: "Year",
    shown: "2014",
    meaning:
      "the source gives the year only; the position counts from 31 December, so a 2014 position is absent on 30 December 2014 and present on 31 December.",
  },
  {
    name: "On or before",
    shown: "by 16 Sep 2019",
    meaning:
      "an upper bound: the government had done it by that day, but the day itself is not known (the 67 Paris Call supporters without a date of their own; Denmark and Luxembourg in the Freedom Online Coalition). It counts from that date, and is never shown or counted as a change that happened that day.",
  },
];

/** The as-of rule, the four precisions of a date (rule 4), and positions that end (rule 5). */
export function DatesSection() {
  return (
    <PageSection {...section("dates")}>
      <p className="text-slate-700">
        A government&apos;s stance on a topic <strong>as of a date</strong> is its newest approved position dated on or
        before that date that has not ended by then. A date is never shown more precisely than its source gives it (
        <a href={`#${ruleAnchor(4)}`} className="underline">
          rule 4
        </a>
        ), so a position never appears before it was certainly true:
      </p>
      <dl className="grid gap-3 sm:grid-cols-2">
        {PRECISIONS.map((p) => (
          <div key={p.name} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="font-medium">
              {p.name}: <span className="font-normal text-slate-600">shown “{p.shown}”</span>
            </dt>
            <dd className="mt-1 text-sm text-slate-700">{p.meaning}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-lg font-semibold">Positions that end</h3>
      <p className="text-slate-700">
        A position that rests on membership lasts while the membership lasts (
        <a href={`#${ruleAnchor(5)}`} className="underline">
          rule 5
        </a>
        ): it ends the day the government leaves — the United States left the Freedom Online Coalition on 10 Feb 2026.
        From that day the position no longer counts as of a date: the cell falls back to what else is on record for the
        government on that topic (its newest earlier position that has not ended, or no recorded position) and says that
        the government left, with the source. The ended position stays on record, with its end, in the government&apos;s
        history and in the API (<code>end</code>).
      </p>
    </PageSection>
  );
}
