import type { Metadata } from "next";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { releaseVersionSchema } from "@/server/schemas/releases";
import { releaseTitle } from "@/server/shared/release-citation";
import { siteUrl } from "@/server/shared/site-url";
import { ReleaseCard } from "../../release-card";
import { permanentUrl, releaseNames } from "../../release-names";
import { pageLocale } from "@/server/i18n/page-locale";

// A release's permanent page: what it holds never changes, so it is rendered once and kept.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/data/releases/[version]">): Promise<Metadata> {
  const version = releaseVersionSchema.safeParse((await params).version);
  return version.success ? { title: releaseTitle(version.data) } : {};
}

export default async function ReleasePage({ params }: PageProps<"/[locale]/data/releases/[version]">) {
  await pageLocale(params);
  await dependsOn(viewTags.releases);
  const { version } = await params;
  const [release, names] = await Promise.all([
    orNotFound(getQueryClient().fetchQuery(trpc.releases.get.queryOptions({ version: Number(version) }))),
    releaseNames(),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle
        parent={{ href: "/data", label: "Data releases" }}
        current={`Release ${release.version}`}
        title={releaseTitle(release.version)}
      />
      <ReleaseCard release={release} permanentUrl={permanentUrl(release.version, siteUrl())} names={names} />
    </div>
  );
}
