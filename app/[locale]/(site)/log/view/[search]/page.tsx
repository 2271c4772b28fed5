import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterSelect } from "@/app/_components/filter-select";
import { TopicGovernmentFilters } from "@/app/_components/topic-government-filters";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { LOG_ACTIONS } from "@/server/schemas/moderation-log";
import { logFilter } from "@/server/shared/url-state/log";
import { searchFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";
import { type Locale, localizeHref } from "@/server/i18n/locales";
import { formatDay } from "@/server/i18n/dates";
import { inLocale, withNameIn } from "@/server/i18n/government-names";
import { storedTextIn } from "@/app/_components/use-stored-text";

async function logMetadata(locale: Locale, search: string): Promise<Metadata> {
  const { query } = logFilter(search);
  const t = await getTranslations({ locale, namespace: "log" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: {
      types: {
        "application/atom+xml": [{ url: `/log.atom${query ? `?${query}` : ""}`, title: t("feedTitle") }],
      },
    },
  };
}

/** `/log`: every moderation decision, newest first; cached per filter until the next decision. */
async function LogPage({ search, locale }: { search: string; locale: Locale }) {
  await dependsOn(viewTags.log, viewTags.topics);
  const { filter, query } = logFilter(search);
  const queryClient = getQueryClient();
  const [{ entries, nextBefore }, topics, governments, t] = await Promise.all([
    queryClient.fetchQuery(trpc.log.list.queryOptions(filter)),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    getTranslations("log"),
  ]);
  const stored = storedTextIn(locale);
  const older = new URLSearchParams(query);
  if (nextBefore) older.set("before", String(nextBefore));
  return (
    <div className="max-w-4xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-slate-700">
            {t.rich("intro", {
              changes: (chunks) => (
                <Link href="/changes" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        <a className="btn-secondary" href={`/log.atom${query ? `?${query}` : ""}`}>
          {t("atomFeed")}
        </a>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
        <FilterSelect
          name="action"
          label={t("decision")}
          all={t("allDecisions")}
          value={filter.action}
          options={LOG_ACTIONS.map((action) => [action, t("action", { action })])}
        />
        <TopicGovernmentFilters
          topics={topics}
          governments={inLocale(locale, governments)}
          topic={filter.topic}
          government={filter.government}
        />
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      {entries.length === 0 ? (
        <EmptyState>{query ? t("noMatch") : t("noneYet")}</EmptyState>
      ) : (
        <ol
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          aria-label={t("decisions")}
        >
          {entries.map((e) => {
            const what = (
              <>
                {withNameIn(locale, e.position.government).name} · <span {...stored}>{e.position.topic.title}</span>
              </>
            );
            return (
              <li key={e.id} className="space-y-1 p-3 text-sm">
                <p className="flex flex-wrap items-baseline gap-x-3">
                  <time dateTime={e.at} className="w-28 shrink-0 text-slate-600">
                    {formatDay(locale, e.at.slice(0, 10))}
                  </time>
                  <span className="font-semibold">{t("action", { action: e.action })}</span>
                  {e.position.published ? (
                    <Link className="underline" href={`/positions/${e.position.id}`}>
                      {what}
                    </Link>
                  ) : (
                    <span>{what}</span>
                  )}
                  <span className="text-slate-600">{t("by", { moderator: e.moderator })}</span>
                </p>
                {e.reason && (
                  <p className="ps-[8.5rem] text-slate-700">
                    {t.rich("reason", { reason: () => <span {...stored}>{e.reason}</span> })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {nextBefore && (
        <a className="btn-secondary inline-block" href={localizeHref(locale, `/log?${older}`)}>
          {t("older")}
        </a>
      )}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/log/view/[search]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  return logMetadata(locale, searchFromKey((await params).search));
}

export default async function CachedLogPage({ params }: PageProps<"/[locale]/log/view/[search]">) {
  const locale = await pageLocale(params);
  return <LogPage search={searchFromKey((await params).search)} locale={locale} />;
}
