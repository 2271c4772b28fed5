import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterSelect } from "@/app/_components/filter-select";
import { TopicGovernmentFilters } from "@/app/_components/topic-government-filters";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { LOG_ACTION_LABEL, LOG_ACTIONS } from "@/server/schemas/moderation-log";
import { formatDate } from "@/server/shared/dates";
import { logFilter } from "@/server/shared/url-state/log";
import { searchFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";

function logMetadata(search: string): Metadata {
  const { query } = logFilter(search);
  return {
    title: "Moderation log",
    description:
      "Every moderation decision on Stance Atlas, newest first: approvals, rejections with their reasons, reverts and withdrawals.",
    alternates: {
      types: {
        "application/atom+xml": [
          { url: `/log.atom${query ? `?${query}` : ""}`, title: "Stance Atlas: moderation log" },
        ],
      },
    },
  };
}

/** `/log`: every moderation decision, newest first; cached per filter until the next decision. */
async function LogPage({ search }: { search: string }) {
  await dependsOn(viewTags.log, viewTags.topics);
  const { filter, query } = logFilter(search);
  const queryClient = getQueryClient();
  const [{ entries, nextBefore }, topics, governments] = await Promise.all([
    queryClient.fetchQuery(trpc.log.list.queryOptions(filter)),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
  ]);
  const older = new URLSearchParams(query);
  if (nextBefore) older.set("before", String(nextBefore));
  return (
    <div className="max-w-4xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">Moderation log</h1>
          <p className="text-slate-700">
            Every moderation decision, newest first, with the moderator and the reason given. What was published is on{" "}
            <Link href="/changes" className="underline">
              recent changes
            </Link>
            .
          </p>
        </div>
        <a className="btn-secondary" href={`/log.atom${query ? `?${query}` : ""}`}>
          Atom feed
        </a>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the log">
        <FilterSelect
          name="action"
          label="Decision"
          all="All decisions"
          value={filter.action}
          options={LOG_ACTIONS.map((a) => [a, LOG_ACTION_LABEL[a]])}
        />
        <TopicGovernmentFilters
          topics={topics}
          governments={governments}
          topic={filter.topic}
          government={filter.government}
        />
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </form>
      {entries.length === 0 ? (
        <EmptyState>
          {query
            ? "No moderation decision matches."
            : "No moderation decision yet: the reference dataset is loaded from its sourced files, not proposed and reviewed."}
        </EmptyState>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Decisions">
          {entries.map((e) => (
            <li key={e.id} className="space-y-1 p-3 text-sm">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <time dateTime={e.at} className="w-28 shrink-0 text-slate-600">
                  {formatDate(e.at.slice(0, 10))}
                </time>
                <span className="font-semibold">{LOG_ACTION_LABEL[e.action]}</span>
                {e.position.published ? (
                  <Link className="underline" href={`/positions/${e.position.id}`}>
                    {e.position.government.name} · {e.position.topic.title}
                  </Link>
                ) : (
                  <span>
                    {e.position.government.name} · {e.position.topic.title}
                  </span>
                )}
                <span className="text-slate-600">by {e.moderator}</span>
              </p>
              {e.reason && <p className="ps-[8.5rem] text-slate-700">Reason: {e.reason}</p>}
            </li>
          ))}
        </ol>
      )}
      {nextBefore && (
        <a className="btn-secondary inline-block" href={`/log?${older}`}>
          Older decisions
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
  return logMetadata(searchFromKey((await params).search));
}

export default async function CachedLogPage({ params }: PageProps<"/[locale]/log/view/[search]">) {
  await pageLocale(params);
  return <LogPage search={searchFromKey((await params).search)} />;
}
