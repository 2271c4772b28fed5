import Link from "@/app/_components/link";
import { Suspense } from "react";
import { PageSection } from "@/app/_components/page-section";
import { StanceLegend } from "@/app/_components/stance-legend";
import { StorySentence } from "@/app/_components/story-sentence";
import { localize } from "@/server/i18n/localize";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc } from "@/app/_trpc/server";
import { MatrixSection } from "@/app/[locale]/(site)/matrix/matrix-section";
import { MatrixSkeleton } from "@/app/[locale]/(site)/matrix/matrix-skeleton";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { type CachedViewProps, dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { previewImage } from "@/app/_components/preview-image";
import { pageLocale } from "@/server/i18n/page-locale";
import { getLocale, getTranslations } from "next-intl/server";
import { type Locale, languageAlternates, localizeHref } from "@/server/i18n/locales";

/**
 * The first screen tells the story: one sentence computed from the data, then the matrix
 * itself, opened on the topics with enough data to compare and the governments on record.
 */
async function HomePage({ today, search }: CachedViewProps) {
  await dependsOn(viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs);
  const params = loadMatrixParams(new URLSearchParams(search));
  const t = await getTranslations("home");
  const story = await getQueryClient().fetchQuery(
    readerTrpc.stats.story.queryOptions(params.at ? { at: params.at } : undefined),
  );

  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h1 className="text-xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <StorySentence story={localize(await getLocale(), story)} />
        <StanceLegend compact />
      </section>

      <section aria-label={t("matrixLabel")}>
        <Suspense fallback={<MatrixSkeleton />}>
          <MatrixSection
            today={today}
            search={search}
            topics={params.topics}
            at={params.at}
            evidence={params.evidence}
            defaultTopics={story.featured}
          />
        </Suspense>
      </section>

      <PageSection id="about" title={t("aboutTitle")} className="max-w-3xl space-y-3 text-slate-700">
        <p>{t.rich("aboutQuestion", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <p>
          {t.rich("aboutMethod", {
            method: (chunks) => (
              <Link className="underline" href="/methodology">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link className="font-medium underline" href="/matrix">
            {t("openMatrix")}
          </Link>
          <Link className="underline" href="/topics">
            {t("browseTopics")}
          </Link>
          <Link className="underline" href="/governments">
            {t("browseGovernments")}
          </Link>
          <a className="underline" href="/api/v1/openapi.json">
            {t("dataApi")}
          </a>
        </p>
      </PageSection>
    </div>
  );
}

/** The home page's metadata in its language: its preview image, and its address in every language. */
async function homeMetadata(locale: Locale, search: string) {
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const href = search ? `/?${search}` : "/";
  return {
    alternates: { canonical: localizeHref(locale, href), languages: languageAlternates(href) },
    ...previewImage(locale, "/og/matrix", t("previewAlt"), {
      title: site("title"),
      description: t("previewDescription"),
    }),
  };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  return homeMetadata(locale, searchFromKey((await params).search));
}
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedHomePage({ params }: PageProps<"/[locale]/view/[today]/[search]">) {
  await pageLocale(params);
  const { today, search } = await params;
  return <HomePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
