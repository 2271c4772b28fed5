import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { auditQuerySchema } from "@/server/schemas/users";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterSelect } from "@/app/_components/filter-select";
import { searchParam } from "@/app/_components/search-param";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("title") };
}

const TARGET_LINK: Record<string, (id: string) => string> = {
  position: (id) => `/positions/${id}`,
  bloc: (slug) => `/blocs/${slug}`,
  topic: (slug) => `/topics/${slug}`,
};

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tAdmin] = await Promise.all([getTranslations("admin.audit"), getTranslations("admin")]);
  const { action } = await searchParams;
  const parsed = auditQuerySchema.safeParse({ action: searchParam(action) || undefined });
  const filter = parsed.success ? parsed.data : {};
  if (
    !(await pageActor(
      "admin",
      localizeHref(locale, filter.action ? `/admin/audit?action=${encodeURIComponent(filter.action)}` : "/admin/audit"),
    ))
  ) {
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  }
  const { entries, actions } = await getQueryClient().fetchQuery(trpc.audit.list.queryOptions(filter));
  const stored = storedTextIn(locale);
  return (
    <div className="space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("title")} title={t("title")} />
      <p className="text-slate-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <FilterSelect
          name="action"
          label={t("action")}
          all={t("allActions")}
          value={filter.action}
          options={actions.map((a) => [a, a])}
        />
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      {entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-2">
                  {t("column.when", { zone: "UTC" })}
                </th>
                <th scope="col" className="p-2">
                  {t("column.who")}
                </th>
                <th scope="col" className="p-2">
                  {t("column.action")}
                </th>
                <th scope="col" className="p-2">
                  {t("column.target")}
                </th>
                <th scope="col" className="p-2">
                  {t("column.why")}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const href =
                  TARGET_LINK[e.targetType]?.(e.targetId) ??
                  (e.details && typeof e.details.positionId === "number" ? `/positions/${e.details.positionId}` : null);
                const target = e.targetName ?? `${e.targetType} ${e.targetId}`;
                return (
                  <tr key={e.id} className="border-t border-slate-200 align-top">
                    <td className="p-2 whitespace-nowrap">
                      <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")}</time>
                    </td>
                    <td className="p-2">{e.actor}</td>
                    <td className="p-2 font-mono text-xs">{e.action}</td>
                    <td className="p-2">
                      {href ? (
                        <Link className="underline" href={href}>
                          {target}
                        </Link>
                      ) : (
                        target
                      )}
                    </td>
                    <td className="p-2">{e.reason == null ? "—" : <span {...stored}>{e.reason}</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
