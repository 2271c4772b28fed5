import { type RecordSet } from "@/db/dataset/record-sets/types";
import { ruleAnchor } from "@/server/shared/method-rules";
import { CodingTable } from "./coding-table";

type Props = { set: RecordSet; topicTitle: string; positions: number | undefined };

const Row = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div className="grid gap-x-3 sm:grid-cols-[11rem_1fr]">
    <dt className="font-medium text-slate-600">{term}</dt>
    <dd className="text-slate-800">{children}</dd>
  </div>
);

/** One record set: what it records, says and does not say, the rules that code it, its coverage, and its coding table. */
export function RecordSetCard({ set, topicTitle, positions }: Props) {
  const id = `set-${set.id}`;
  return (
    <article
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {set.title}
      </h3>
      <dl className="space-y-2 text-sm">
        <Row term="What it records">{set.about}</Row>
        <Row term="What it says">{set.says}</Row>
        <Row term="What it does not say">{set.doesNotSay}</Row>
        <Row term="Topic">{topicTitle}</Row>
        <Row term="Coded by">
          {set.methodRules.map((n, i) => (
            <span key={n}>
              {i > 0 && ", "}
              <a href={`#${ruleAnchor(n)}`} className="underline">
                rule {n}
              </a>
            </span>
          ))}
        </Row>
        <Row term="Coverage">
          {set.coverage === "partial" ? (
            <strong className="me-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 uppercase">
              Partial
            </strong>
          ) : (
            <span className="me-1">Complete.</span>
          )}
          {set.gaps}
        </Row>
        <Row term="Positions coded">{positions === undefined ? "—" : positions.toLocaleString("en")}</Row>
        {set.recodeReason && <Row term="Re-coded by version 2">{set.recodeReason}</Row>}
      </dl>
      <CodingTable set={set} />
    </article>
  );
}
