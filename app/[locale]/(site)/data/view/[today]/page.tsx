import type { Metadata } from "next";
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

export const metadata: Metadata = {
  title: "Data releases",
  description:
    "Numbered, frozen releases of every approved position with its sources: CSV and JSON files with SHA-256 checksums, a changelog, and how to cite each.",
};

const LIVE = [
  { href: "/api/v1/positions.csv", label: "positions.csv" },
  { href: "/api/v1/matrix.csv", label: "matrix.csv" },
  { href: "/api/v1/openapi.json", label: "the JSON API" },
];

/** `/data`: every release, newest first, with its files, checksums, changes and citation. */
async function DataPage() {
  await dependsOn(viewTags.releases);
  const [releases, names] = await Promise.all([
    getQueryClient().fetchQuery(trpc.releases.list.queryOptions()),
    releaseNames(),
  ]);
  const site = siteUrl();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Data releases</h1>
        <p className="text-slate-700">
          A release is a numbered snapshot of every approved position, with its sources, evidence kind and history. Its
          files never change: cite the release and anyone can download the same bytes (check them against the SHA-256).
          Published under CC BY 4.0.
        </p>
        <p className="text-sm text-slate-600">
          The live data, as it stands now, stays available:{" "}
          {LIVE.map((l, i) => (
            <span key={l.href}>
              {i > 0 && ", "}
              <a href={l.href} className="underline">
                {l.label}
              </a>
            </span>
          ))}
          .
        </p>
      </header>
      {releases.length === 0 ? (
        <EmptyState>
          No release has been published yet. Until the first one, cite the live data with the date you downloaded it.
        </EmptyState>
      ) : (
        <PageSection
          id="releases"
          title={`${releases.length} release${releases.length === 1 ? "" : "s"}`}
          className="space-y-6"
        >
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
  await pageLocale(params);
  dayFromKey((await params).today);
  return <DataPage />;
}
