import type { Metadata } from "next";
import { connection } from "next/server";
import { RECORD_SETS } from "@/db/dataset/record-sets";
import { datasetSummary } from "@/server/services/dataset";
import { PageSection } from "@/app/_components/page-section";
import { StanceLegend } from "@/app/_components/stance-legend";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AgreementSection } from "./agreement-section";
import { CaveatsSection } from "./caveats-section";
import { Contents } from "./contents";
import { CorrectionsSection } from "./corrections-section";
import { DatasetFiles } from "./dataset-files";
import { DatesSection } from "./dates-section";
import { EvidenceSection } from "./evidence-section";
import { NotCodedSection } from "./not-coded-section";
import { RecordSetsSection } from "./record-sets-section";
import { RulesSection } from "./rules-section";
import { section } from "./sections";
import { SinceNewestRecordSection } from "./since-newest-record-section";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Methodology",
  description:
    "How Stance Atlas codes where governments stand, from what they said, how they voted, what they signed and what they tabled: the method's seven rules, its limits, every record set, dates and positions that end, and how current the record is.",
};

const WTPF_GAPS = "Six statements from one report, coded by hand; not a full record of the forum.";

/** The method, in public: rendered from the same rules and files the dataset loader uses, and from the database for what is on record. */
export default async function MethodologyPage({ params }: PageProps<"/[locale]/methodology">) {
  await pageLocale(params);
  await connection();
  const queries = getQueryClient();
  const [topics, currency, balance] = await Promise.all([
    queries.fetchQuery(trpc.topics.list.queryOptions()),
    queries.fetchQuery(trpc.recordCurrency.get.queryOptions()),
    queries.fetchQuery(trpc.evidenceBalance.get.queryOptions()),
  ]);
  const files = datasetSummary();
  const topicTitle = (slug: string) => topics.find((t) => t.slug === slug)?.title ?? slug;
  const total = files.reduce((sum, f) => sum + f.rows, 0);
  return (
    <article className="max-w-5xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Methodology</h1>
        <p className="text-lg text-slate-700">
          Every position in Stance Atlas comes from a public record — what a government said, how it voted, what it
          signed and what it tabled — and is coded by the rules on this page. The reference dataset holds{" "}
          {total.toLocaleString("en")} positions; this page is rendered from the same rules and files that load it.
        </p>
        <Contents />
      </header>

      <RulesSection recoded={currency.recoded} />
      <CaveatsSection balance={balance} partial={RECORD_SETS.filter((set) => set.coverage === "partial")} />

      <PageSection {...section("scale")}>
        <p className="text-slate-700">
          Five values, from multistakeholder (−2) to intergovernmental (+2); each topic says what its two poles mean,
          and a cell&apos;s colour means that topic&apos;s poles. “No recorded position” is the absence of a position,
          never a stance.
        </p>
        <StanceLegend />
      </PageSection>

      <EvidenceSection />
      <DatesSection />
      <RecordSetsSection
        sets={RECORD_SETS}
        topicTitle={topicTitle}
        positions={(id) => files.find((f) => f.id === id)?.rows}
      />
      <NotCodedSection sets={RECORD_SETS} />
      <SinceNewestRecordSection currency={currency} />

      <PageSection {...section("files")}>
        <DatasetFiles files={files} gaps={(id) => RECORD_SETS.find((s) => s.id === id)?.gaps ?? WTPF_GAPS} />
      </PageSection>

      <AgreementSection />
      <CorrectionsSection />
    </article>
  );
}
