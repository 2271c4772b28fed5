import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { changesQuerySchema } from "@/server/schemas/proposals";
import { ChangeList } from "@/app/_components/change-list";
import { EmptyState } from "@/app/_components/empty-state";
import { TopicGovernmentFilters } from "@/app/_components/topic-government-filters";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { searchFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";

function filterFrom(search: string) {
  const params = new URLSearchParams(search);
  const parsed = changesQuerySchema.safeParse({
    topic: params.get("topic") || undefined,
    government: params.get("government") || undefined,
  });
  const filter = parsed.success ? parsed.data : {};
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return { filter, feed: `/changes.atom${query.size ? `?${query}` : ""}` };
}

function changesMetadata(search: string): Metadata {
  const { feed } = filterFrom(search);
  return {
    title: "Recent changes",
    description: "Approved changes to governments' recorded positions, newest first.",
    alternates: { types: { "application/atom+xml": [{ url: feed, title: "Stance Atlas: recent changes" }] } },
  };
}

/** `/changes`: rendered once per filter, served from the page cache until the next approved change. */
async function ChangesPage({ search }: { search: string }) {
  await dependsOn(viewTags.positions, viewTags.topics);
  const { filter, feed } = filterFrom(search);
  const queryClient = getQueryClient();
  const [changes, topics, governments] = await Promise.all([
    queryClient.fetchQuery(trpc.changes.list.queryOptions(filter)),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">Recent changes</h1>
          <p className="text-slate-700">
            Every approved change to the record, newest first. Every decision, rejections and their reasons included, is
            in the{" "}
            <Link href="/log" className="underline">
              moderation log
            </Link>
            .
          </p>
        </div>
        <a className="btn-secondary" href={feed}>
          Atom feed
        </a>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter changes">
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
      {changes.length === 0 ? <EmptyState>No approved changes match.</EmptyState> : <ChangeList changes={changes} />}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/changes/view/[search]">): Promise<Metadata> {
  return changesMetadata(searchFromKey((await params).search));
}

export default async function CachedChangesPage({ params }: PageProps<"/[locale]/changes/view/[search]">) {
  await pageLocale(params);
  return <ChangesPage search={searchFromKey((await params).search)} />;
}
