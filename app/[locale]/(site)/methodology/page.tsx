import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { RECORD_SETS } from "@/db/dataset/record-sets";
import { datasetSummary } from "@/server/services/dataset";
import { StanceLegend } from "@/app/_components/stance-legend";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AgreementSection } from "./agreement-section";
import { CampsSection } from "./camps-section";
import { CaveatsSection } from "./caveats-section";
import { Contents } from "./contents";
import { CorrectionsSection } from "./corrections-section";
import { DatasetFiles } from "./dataset-files";
import { DatesSection } from "./dates-section";
import { EvidenceSection } from "./evidence-section";
import { MethodSection } from "./method-section";
import { NotCodedSection } from "./not-coded-section";
import { RecordSetsSection } from "./record-sets-section";
import { RulesSection } from "./rules-section";
import { SinceNewestRecordSection } from "./since-newest-record-section";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/methodology">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "methodology" });
  return { title: t("title"), description: t("description") };
}

/** The method, in public: rendered from the same rules and files the dataset loader uses, and from the database for what is on record. */
export default async function MethodologyPage({ params }: PageProps<"/[locale]/methodology">) {
  const locale = await pageLocale(params);
  await connection();
  const queries = getQueryClient();
  const [topics, currency, balance, t] = await Promise.all([
    queries.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    queries.fetchQuery(trpc.recordCurrency.get.queryOptions()),
    queries.fetchQuery(trpc.evidenceBalance.get.queryOptions()),
    getTranslations("methodology"),
  ]);
  const files = datasetSummary();
  const topicOf = (slug: string) => topics.find((topic) => topic.slug === slug) ?? { title: slug, lang: "en" as const };
  const total = files.reduce((sum, f) => sum + f.rows, 0);
  // A record set's known gaps are its own words (stored English); the WTPF-13 statements, coded by hand, have none.
  const gaps = (id: string) => {
    const set = RECORD_SETS.find((s) => s.id === id);
    return set ? <span {...storedTextIn(locale)}>{set.gaps}</span> : t("files.wtpfGaps");
  };
  return (
    <article className="max-w-5xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro", { total })}</p>
        <Contents />
      </header>

      <RulesSection recoded={currency.recoded} />
      <CaveatsSection balance={balance} partial={RECORD_SETS.filter((set) => set.coverage === "partial")} />

      <MethodSection id="scale">
        <p className="text-slate-700">{t("scale.explained")}</p>
        <StanceLegend />
      </MethodSection>

      <EvidenceSection />
      <DatesSection />
      <RecordSetsSection
        sets={RECORD_SETS}
        topicOf={topicOf}
        positions={(id) => files.find((f) => f.id === id)?.rows}
      />
      <NotCodedSection sets={RECORD_SETS} />
      <SinceNewestRecordSection currency={currency} />

      <MethodSection id="files">
        <DatasetFiles files={files} gaps={gaps} />
      </MethodSection>

      <AgreementSection />
      <CampsSection />
      <CorrectionsSection />
    </article>
  );
}
