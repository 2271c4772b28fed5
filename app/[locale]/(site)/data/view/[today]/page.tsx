import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/app/_components/empty-state";
import { PageSection } from "@/app/_components/page-section";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { siteUrl } from "@/server/shared/site-url";
import { ReleaseCard } from "@/app/[locale]/(site)/data/release-card";
import { permanentUrl, releaseNames } from "@/app/[locale]/(site)/data/release-names";
import { dayFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";
import { type Locale } from "@/server/i18n/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/data/view/[today]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "data" });
  return { title: t("title"), description: t("description") };
}

/** The live data's addresses (the same in every language). */
const LIVE = {
  positions: "/api/v1/positions.csv",
  matrix: "/api/v1/matrix.csv",
  api: "/api/v1/openapi.json",
};

/** `/data`: every release, newest first, with its files, checksums, changes and citation. */
async function DataPage({ locale }: { locale: Locale }) {
  await dependsOn(viewTags.releases);
  const [releases, names, t] = await Promise.all([
    getQueryClient().fetchQuery(trpc.releases.list.queryOptions()),
    releaseNames(locale),
    getTranslations("data"),
  ]);
  const site = siteUrl();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-600">
          {t.rich("live", {
            positions: (chunks) => (
              <a href={LIVE.positions} className="underline">
                {chunks}
              </a>
            ),
            matrix: (chunks) => (
              <a href={LIVE.matrix} className="underline">
                {chunks}
              </a>
            ),
            api: (chunks) => (
              <a href={LIVE.api} className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      {releases.length === 0 ? (
        <EmptyState>{t("noRelease")}</EmptyState>
      ) : (
        <PageSection id="releases" title={t("releases", { count: releases.length })} className="space-y-6">
          {releases.map((release) => (
            <ReleaseCard
              key={release.version}
              release={release}
              permanentUrl={permanentUrl(release.version, site)}
              names={names}
              headingLevel={3}
            />
          ))}
        </PageSection>
      )}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedDataPage({ params }: PageProps<"/[locale]/data/view/[today]">) {
  const locale = await pageLocale(params);
  dayFromKey((await params).today);
  return <DataPage locale={locale} />;
}
