import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDay } from "@/server/i18n/dates";
import { PublishReleaseForm } from "./publish-release-form";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/releases">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.releases" });
  return { title: t("current") };
}

/** The readers' page of releases, named by its path in the sentence that links to it. */
const DATA_PAGE = "/data";

export default async function AdminReleasesPage({ params }: PageProps<"/[locale]/admin/releases">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tAdmin] = await Promise.all([getTranslations("admin.releases"), getTranslations("admin")]);
  if (!(await pageActor("admin", localizeHref(locale, "/admin/releases"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  const queryClient = getQueryClient();
  const [preview, releases] = await Promise.all([
    queryClient.fetchQuery(trpc.releases.preview.queryOptions()),
    queryClient.fetchQuery(trpc.releases.list.queryOptions()),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("current")} title={t("title")} />
      <p className="text-slate-700">
        {t.rich("intro", {
          data: () => (
            <Link href={DATA_PAGE} className="underline">
              {DATA_PAGE}
            </Link>
          ),
        })}
      </p>
      <PublishReleaseForm preview={preview} />
      <section aria-labelledby="published-heading" className="space-y-2">
        <h2 id="published-heading" className="text-xl font-semibold">
          {t("published")}
        </h2>
        {releases.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {releases.map((r) => (
              <li key={r.version} className="p-3 text-sm">
                {t.rich("entry", {
                  version: r.version,
                  date: formatDay(locale, r.publishedAt.slice(0, 10)),
                  by: r.publishedBy,
                  positions: r.positions,
                  added: r.changelog.added.length,
                  changed: r.changelog.changed.length,
                  withdrawn: r.changelog.withdrawn.length,
                  release: (chunks) => (
                    <Link href={`/data/releases/${r.version}`} className="font-semibold underline">
                      {chunks}
                    </Link>
                  ),
                })}
                <p className="text-slate-700" {...storedTextIn(locale)}>
                  {r.note}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
