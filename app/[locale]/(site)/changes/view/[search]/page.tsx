import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import { type Locale } from "@/server/i18n/locales";
import { localize } from "@/server/i18n/localize";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { inLocale } from "@/server/i18n/government-names";

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

async function changesMetadata(locale: Locale, search: string): Promise<Metadata> {
  const { feed } = filterFrom(search);
  const t = await getTranslations({ locale, namespace: "changes" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: { types: { "application/atom+xml": [{ url: feed, title: t("feedTitle") }] } },
  };
}

/** `/changes`: rendered once per filter, served from the page cache until the next approved change. */
async function ChangesPage({ search, locale }: { search: string; locale: Locale }) {
  await dependsOn(viewTags.positions, viewTags.topics);
  const { filter, feed } = filterFrom(search);
  const queryClient = getQueryClient();
  const [changes, topics, governments, t] = await Promise.all([
    queryClient.fetchQuery(trpc.changes.list.queryOptions(filter)),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    getTranslations("changes"),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-slate-700">
            {t.rich("intro", {
              log: (chunks) => (
                <Link href="/log" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        <a className="btn-secondary" href={feed}>
          {t("atomFeed")}
        </a>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
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
      {changes.length === 0 ? <EmptyState>{t("none")}</EmptyState> : <ChangeList changes={localize(locale, changes)} />}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/changes/view/[search]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  return changesMetadata(locale, searchFromKey((await params).search));
}

export default async function CachedChangesPage({ params }: PageProps<"/[locale]/changes/view/[search]">) {
  const locale = await pageLocale(params);
  return <ChangesPage search={searchFromKey((await params).search)} locale={locale} />;
}
