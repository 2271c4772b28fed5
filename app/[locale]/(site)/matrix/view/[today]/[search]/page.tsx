import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { type Locale, languageAlternates, localizeHref } from "@/server/i18n/locales";
import { Suspense } from "react";
import { StanceLegend } from "@/app/_components/stance-legend";
import { StorySentence } from "@/app/_components/story-sentence";
import { localize } from "@/server/i18n/localize";
import { previewImage } from "@/app/_components/preview-image";
import { dependsOn } from "@/server/cache/depends-on";
import { MATRIX_DEPENDS_ON, matrixDefaults, onlyTopic } from "@/app/[locale]/(site)/matrix/matrix-defaults";
import { MatrixSection } from "@/app/[locale]/(site)/matrix/matrix-section";
import { MatrixSkeleton } from "@/app/[locale]/(site)/matrix/matrix-skeleton";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { type CachedViewProps, dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";

/** The matrix view's metadata: its preview image shows the view the query describes. */
async function matrixMetadata(locale: Locale, search: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "matrix" });
  const href = `/matrix${search ? `?${search}` : ""}`;
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: localizeHref(locale, href), languages: languageAlternates(href) },
    ...previewImage(locale, `/og/matrix${search ? `?${search}` : ""}`, t("previewAlt"), {
      title: t("previewTitle"),
      description: t("previewDescription"),
    }),
  };
}

/** `/matrix`: rendered once per date and query, served from the page cache until a change it shows. */
async function MatrixPage({ today, search }: CachedViewProps) {
  await dependsOn(...MATRIX_DEPENDS_ON);
  const { topics, at, evidence } = loadMatrixParams(new URLSearchParams(search));
  const { story, allTopics, defaultTopics } = await matrixDefaults();
  const t = await getTranslations("matrix");
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <StorySentence story={localize(await getLocale(), story)} />
        <p className="hidden max-w-4xl text-sm text-slate-600 sm:block">{t("intro")}</p>
        <StanceLegend compact poles={onlyTopic(topics, defaultTopics, allTopics)} />
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
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/matrix/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  return matrixMetadata(locale, searchFromKey((await params).search));
}

export default async function CachedMatrixPage({ params }: PageProps<"/[locale]/matrix/view/[today]/[search]">) {
  await pageLocale(params);
  const { today, search } = await params;
  return <MatrixPage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
