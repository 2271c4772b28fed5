import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDay } from "@/server/i18n/dates";
import { inLocale, withNameIn } from "@/server/i18n/government-names";
import { GrantForm } from "./grant-form";
import { RevokeButton } from "./revoke-button";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/representatives">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.representatives" });
  return { title: t("current") };
}

/** `/admin/representatives`: official representatives of governments, who may reply to their positions. */
export default async function RepresentativesPage({ params }: PageProps<"/[locale]/admin/representatives">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tAdmin] = await Promise.all([getTranslations("admin.representatives"), getTranslations("admin")]);
  if (!(await pageActor("admin", localizeHref(locale, "/admin/representatives"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  const queryClient = getQueryClient();
  const [links, governments] = await Promise.all([
    queryClient.fetchQuery(trpc.replies.representatives.queryOptions()),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
  ]);
  const stored = storedTextIn(locale);
  return (
    <div className="space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("current")} title={t("title")} />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <GrantForm governments={inLocale(locale, governments).map(({ iso3, name }) => ({ iso3, name }))} />
      {links.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t("current")}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3">
                  {t("column.account")}
                </th>
                <th scope="col" className="p-3">
                  {t("column.government")}
                </th>
                <th scope="col" className="p-3">
                  {t("column.verification")}
                </th>
                <th scope="col" className="p-3">
                  {t("column.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-3 font-normal">
                    <span className="block font-medium">{link.name || tAdmin("noName")}</span>
                    <span className="block text-slate-600">{link.email}</span>
                  </th>
                  <td className="p-3">{withNameIn(locale, link.government).name}</td>
                  <td className="p-3" {...stored}>
                    {link.verificationNote}
                  </td>
                  <td className="p-3">
                    {link.revokedAt ? (
                      <p className="text-slate-600">
                        {t.rich("revoked", {
                          date: formatDay(locale, link.revokedAt.slice(0, 10)),
                          reason: () => <span {...stored}>{link.revokeReason}</span>,
                        })}
                      </p>
                    ) : (
                      <div className="space-y-2">
                        <p>{t("since", { date: formatDay(locale, link.grantedAt.slice(0, 10)) })}</p>
                        <RevokeButton representativeId={link.id} name={link.name || link.email} />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
