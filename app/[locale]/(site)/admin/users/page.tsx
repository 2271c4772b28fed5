import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDay } from "@/server/i18n/dates";
import { trustEligible } from "@/server/services/user-admin";
import { EmptyState } from "@/app/_components/empty-state";
import { searchParam } from "@/app/_components/search-param";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { BanControls } from "./ban-controls";
import { RoleControl } from "./role-control";
import { SecondFactorControl } from "./second-factor-control";
import { TrustControl } from "./trust-control";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.users" });
  return { title: t("title") };
}

export default async function AdminUsersPage({ params, searchParams }: PageProps<"/[locale]/admin/users">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tAdmin] = await Promise.all([getTranslations("admin.users"), getTranslations("admin")]);
  const q = (searchParam((await searchParams).q) ?? "").slice(0, 200);
  const actor = await pageActor(
    "admin",
    localizeHref(locale, q ? `/admin/users?q=${encodeURIComponent(q)}` : "/admin/users"),
  );
  if (!actor) return <NotAllowed role="admin" what={t("notAllowed")} />;
  const { users, total } = await getQueryClient().fetchQuery(trpc.adminUsers.list.queryOptions({ q: q || undefined }));

  return (
    <div className="space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("title")} title={t("title")} />
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("search")}</span>
          <input name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} className="field w-72" />
        </label>
        <button type="submit" className="btn-secondary">
          {t("searchButton")}
        </button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {total === users.length ? t("count", { count: total }) : t("showing", { shown: users.length, total })}
      </p>
      {users.length === 0 ? (
        <EmptyState>{t("empty", { q })}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3">
                  {t("column.account")}
                </th>
                <th scope="col" className="p-3">
                  {t("column.joined")}
                </th>
                <th scope="col" className="p-3">
                  {t("column.role")}
                </th>
                <th scope="col" className="p-3">
                  {t("column.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-3 font-normal">
                    <span className="block font-medium">{user.name || tAdmin("noName")}</span>
                    <span className="block text-slate-600">{user.email}</span>
                    {user.id === actor.id && <span className="text-xs text-slate-500">{t("you")}</span>}
                  </th>
                  <td className="p-3 whitespace-nowrap">{formatDay(locale, user.createdAt.slice(0, 10))}</td>
                  <td className="p-3">
                    <RoleControl userId={user.id} name={user.name || user.email} role={user.role} />
                    {user.role === "contributor" && (
                      <div className="mt-3">
                        <TrustControl
                          userId={user.id}
                          name={user.name || user.email}
                          trusted={user.trusted}
                          eligible={trustEligible(user)}
                          record={user.record}
                        />
                      </div>
                    )}
                  </td>
                  <td className="p-3">
                    <BanControls
                      userId={user.id}
                      name={user.name || user.email}
                      bannedAt={user.bannedAt}
                      banReason={user.banReason}
                      self={user.id === actor.id}
                    />
                    <div className="mt-3">
                      <SecondFactorControl
                        userId={user.id}
                        name={user.name || user.email}
                        enabled={user.secondFactor}
                        self={user.id === actor.id}
                      />
                    </div>
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
