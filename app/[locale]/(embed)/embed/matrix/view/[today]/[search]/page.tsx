import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { StanceLegend } from "@/app/_components/stance-legend";
import { dependsOn } from "@/server/cache/depends-on";
import { MatrixSection } from "@/app/[locale]/(site)/matrix/matrix-section";
import { MatrixSkeleton } from "@/app/[locale]/(site)/matrix/matrix-skeleton";
import { MATRIX_DEPENDS_ON, matrixDefaults, onlyTopic } from "@/app/[locale]/(site)/matrix/matrix-defaults";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { EmbedFooter } from "@/app/[locale]/(embed)/embed-footer";
import { type CachedViewProps, dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";

/** `/embed/matrix?…`: the matrix view its URL describes (the same parameters as `/matrix`), to explore inside a frame. */
async function MatrixEmbed({ today, search }: CachedViewProps) {
  await dependsOn(...MATRIX_DEPENDS_ON);
  const { topics, at, evidence } = loadMatrixParams(new URLSearchParams(search));
  const { allTopics, defaultTopics } = await matrixDefaults();
  const t = await getTranslations("embed");
  return (
    <>
      <header className="space-y-2">
        <h1 className="text-lg font-bold tracking-tight">{t("matrixHeading")}</h1>
        <StanceLegend compact wrap poles={onlyTopic(topics, defaultTopics, allTopics)} />
      </header>
      <Suspense fallback={<MatrixSkeleton />}>
        <MatrixSection
          today={today}
          search={search}
          topics={topics}
          at={at}
          evidence={evidence}
          defaultTopics={defaultTopics}
        />
      </Suspense>
      <EmbedFooter at={at ?? today} fullView={`/matrix${search ? `?${search}` : ""}`} />
    </>
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/embed/matrix/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common.embeds" });
  return { title: t("matrixTitle") };
}
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedMatrixEmbed({ params }: PageProps<"/[locale]/embed/matrix/view/[today]/[search]">) {
  await pageLocale(params);
  const { today, search } = await params;
  return <MatrixEmbed today={dayFromKey(today)} search={searchFromKey(search)} />;
}
