import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { RECORD_SETS } from "@/db/dataset/record-sets";
import { EVIDENCE_KINDS, EVIDENCE_LABEL, EVIDENCE_MEANING } from "@/db/enums";
import { datasetSummary } from "@/server/services/dataset";
import { MIN_SHARED_TOPICS } from "@/server/services/government-agreement";
import { AGREEMENT_SENTENCE } from "@/server/shared/agreement";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { PageSection } from "@/app/_components/page-section";
import { StanceLegend } from "@/app/_components/stance-legend";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { CodingTable } from "./coding-table";
import { DatasetFiles } from "./dataset-files";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How Stance Atlas codes governments' positions: the stance scale, the kinds of evidence, the coding table, dates and the as-of rule, what is not coded, and the dataset's files.",
};

const CODED_WHEN: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  statement: "at the strength of what the government said",
  vote: "one step softer than the text voted on (governments often vote with their group), except for the text's own sponsors",
  submission: "at the strength of the text it tabled or sponsored",
  endorsement: "at the strength of the declaration or coalition it signed or joined",
};

/** The method, in public: rendered from the same rules and files the dataset loader uses. */
export default async function MethodologyPage() {
  await connection();
  const topics = await getQueryClient().fetchQuery(trpc.topics.list.queryOptions());
  const files = datasetSummary();
  const topicTitle = (slug: string) => topics.find((t) => t.slug === slug)?.title ?? slug;
  const total = files.reduce((sum, f) => sum + f.rows, 0);
  return (
    <article className="max-w-5xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Methodology</h1>
        <p className="text-lg text-slate-700">
          Every position in Stance Atlas comes from a public record — what a government said, how it voted, what it tabled, what it
          joined — and is coded by the rules on this page. The reference dataset holds {total.toLocaleString("en")} positions; this
          page is rendered from the same rules and files that load it.
        </p>
      </header>

      <PageSection id="scale" title="The stance scale">
        <p className="text-slate-700">
          Five values, from multistakeholder (−2) to intergovernmental (+2); each topic says what its two poles mean. “No recorded
          position” is the absence of a position, never a stance.
        </p>
        <StanceLegend />
      </PageSection>

      <PageSection id="evidence" title="Kinds of evidence">
        <p className="text-slate-700">
          Every position records how it is known. A text a government wrote, sponsored, signed or joined is coded at the text&apos;s
          own strength; a vote is coded one step softer than the text voted on. The matrix can be limited to one kind (“statements
          only”) with its <em>Evidence</em> filter, and so can the API (<code>evidence=statement,vote</code>).
        </p>
        <dl className="grid gap-3 sm:grid-cols-2">
          {EVIDENCE_KINDS.map((kind) => (
            <div key={kind} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt>
                <EvidenceBadge evidence={kind} /> <span className="sr-only">{EVIDENCE_LABEL[kind]}</span>
              </dt>
              <dd className="mt-1 text-sm text-slate-700">
                {EVIDENCE_MEANING[kind]}; coded {CODED_WHEN[kind]}.
              </dd>
            </div>
          ))}
        </dl>
      </PageSection>

      <PageSection id="coding" title="The coding table">
        <CodingTable sets={RECORD_SETS} topicTitle={topicTitle} rows={(id) => files.find((f) => f.id === id)?.rows} />
        <p className="text-sm text-slate-600">
          Summaries say what the record is (“Voted yes on UN General Assembly resolution 74/247, 27 Dec 2019, …”) and never more than
          it says. The six WTPF-13 positions that started the project were coded by hand from the Center for Democracy &amp;
          Technology&apos;s report, as that report characterises each statement.
        </p>
      </PageSection>

      <PageSection id="dates" title="Dates and the as-of rule">
        <p className="text-slate-700">
          A government&apos;s stance on a topic <strong>as of a date</strong> is its newest approved position stated on or before that
          date. Where a source gives only the month or the year, the position is shown as “May 2014” or “2014” and counted from the
          last day of that period, so it never appears before it was certainly true: a 2014 position is absent on 30 December 2014
          and present on 31 December. Paris Call supporters without a date of their own are dated 16 September 2019, the first
          record of the official list, and said to have joined “on or before” it.
        </p>
      </PageSection>

      <PageSection id="not-coded" title="What is not coded">
        <ul className="list-disc space-y-1 pl-5 text-slate-700">
          <li>Absence: a government that was absent from a vote, or is missing from a list, has no recorded position — never a guess.</li>
          <li>Withdrawal: leaving a coalition states no position; the government&apos;s page says it left, and its earlier position stays on record as of the date it was stated.</li>
          <li>Not signing: not joining a declaration states no position.</li>
          <li>A record with no date: a position needs a date, so the row is left out rather than dated by guess.</li>
        </ul>
        <ul className="space-y-1 text-sm text-slate-600">
          {RECORD_SETS.flatMap((set) =>
            set.notCoded.map((n) => (
              <li key={`${set.id}-${n.value}`}>
                {set.title}: <code>{n.value}</code> — {n.why}.
              </li>
            )),
          )}
        </ul>
      </PageSection>

      <PageSection id="agreement" title="Agreement and blocs">
        <p className="text-slate-700">{AGREEMENT_SENTENCE}</p>
        <p className="text-slate-700">
          A government&apos;s page lists the five governments closest to it and the five furthest, as of today, among those sharing at least {MIN_SHARED_TOPICS} topics
          with it. A bloc&apos;s members on a date are those that had joined by then and not yet left (a member counts up to the day before the day it left; a joining
          known only by its year counts from 31 December). Its cohesion on a topic is the share of its members with a position that are on the majority side.
          Every membership period cites its source; a list we could not complete is marked partial on its{" "}
          <Link href="/blocs" className="underline">
            bloc&apos;s page
          </Link>
          .
        </p>
      </PageSection>

      <PageSection id="files" title="The dataset's files and their known gaps">
        <DatasetFiles files={files} gaps={(id) => RECORD_SETS.find((s) => s.id === id)?.gaps ?? "Six statements from one report, coded by hand; not a full record of the forum."} />
      </PageSection>

      <PageSection id="corrections" title="Proposing a correction" className="space-y-2 text-slate-700">
        <p>
          Every cell&apos;s detail has <strong>Propose an edit</strong>; anyone with an account can also{" "}
          <Link className="underline" href="/contribute">
            contribute a position
          </Link>{" "}
          with its source. A moderator reviews each proposal; every version is kept and can be seen on the position&apos;s page. A
          moderator&apos;s correction of a dataset position is never overwritten by a later version of the dataset.
        </p>
        <p>
          Data is published under <a className="underline" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>: credit
          Stance Atlas and the original sources. Download it all as <a className="underline" href="/api/v1/positions.csv">CSV</a> (the
          import format) or through the <a className="underline" href="/api/v1/openapi.json">API</a>.
        </p>
      </PageSection>
    </article>
  );
}
