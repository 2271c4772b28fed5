import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { releaseVersionSchema } from "@/server/schemas/releases";
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
  const locale = await pageLocale(params);
  const version = releaseVersionSchema.safeParse((await params).version);
  if (!version.success) return {};
  const t = await getTranslations({ locale, namespace: "data" });
  return { title: t("releaseTitle", { version: String(version.data) }) };
}

export default async function ReleasePage({ params }: PageProps<"/[locale]/data/releases/[version]">) {
  const locale = await pageLocale(params);
  await dependsOn(viewTags.releases);
  const { version } = await params;
  const [release, names, t] = await Promise.all([
    orNotFound(getQueryClient().fetchQuery(trpc.releases.get.queryOptions({ version: Number(version) }))),
    releaseNames(locale),
    getTranslations("data"),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle
        parent={{ href: "/data", label: t("title") }}
        current={t("release.name", { version: String(release.version) })}
        title={t("releaseTitle", { version: String(release.version) })}
      />
      <ReleaseCard release={release} permanentUrl={permanentUrl(release.version, siteUrl())} names={names} />
    </div>
  );
}
