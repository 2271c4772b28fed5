import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterSelect } from "@/app/_components/filter-select";
import { TopicGovernmentFilters } from "@/app/_components/topic-government-filters";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { searchFromKey } from "@/server/cache/cached-route";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { inLocale } from "@/server/i18n/government-names";
import { type Locale } from "@/server/i18n/locales";
import { localize } from "@/server/i18n/localize";
import { pageLocale } from "@/server/i18n/page-locale";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { SEARCH_QUERY_MAX, type SearchInput } from "@/server/schemas/search";
import { searchPageState } from "@/server/shared/url-state/search";
import { SearchResults } from "../../search-results";

const EXAMPLES = ["cybercrime", '"multistakeholder model"', "ITU -WCIT", "Paris Call"];
/** The web-search syntax's own marks, the same in every language. */
const SYNTAX = { phrase: '" "', or: "or", not: "-" };

/** What a search finds, or null when the query holds no word to look for (a BAD_REQUEST from the service). */
async function found(input: SearchInput) {
  try {
    return await getQueryClient().fetchQuery(trpc.search.positions.queryOptions(input));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return null;
    throw error;
  }
}

/** `/search?q=`: rendered once per search, served from the page cache until the next approved change. */
async function SearchPage({ search, locale }: { search: string; locale: Locale }) {
  await dependsOn(viewTags.positions, viewTags.topics, viewTags.events);
  const { q, group, input, filters, tooLong } = searchPageState(search);
  const queryClient = getQueryClient();
  const [answer, topics, governments, t] = await Promise.all([
    input ? found(input) : undefined,
    queryClient.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    getTranslations("search"),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("description")}</p>
      </header>
      <form method="get" role="search" className="space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm">
            <span className="font-medium">{t("label")}</span>
            <input type="search" name="q" defaultValue={q} maxLength={SEARCH_QUERY_MAX} className="field" />
          </label>
          <button type="submit" className="btn-primary">
            {t("submit")}
          </button>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <TopicGovernmentFilters
            topics={topics}
            governments={inLocale(locale, governments)}
            topic={filters?.topic}
            government={filters?.government}
          />
          <FilterSelect
            name="group"
            label={t("groupBy")}
            all={t("byGovernment")}
            value={group === "topic" ? "topic" : undefined}
            options={[["topic", t("byTopic")]]}
          />
        </div>
        <p className="text-xs text-slate-600">{t("hint", SYNTAX)}</p>
      </form>
      {tooLong ? (
        <p role="alert" className="text-red-700">
          {t("tooLong", { max: SEARCH_QUERY_MAX })}
        </p>
      ) : answer === null ? (
        <p role="alert" className="text-red-700">
          {t("noWords", { q, example: "the" })}
        </p>
      ) : !answer ? (
        <EmptyState>
          <p>{t("start")}</p>
          <ul className="mt-2 flex flex-wrap justify-center gap-2">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <Link href={`/search?q=${encodeURIComponent(example)}`} className="btn-secondary" lang="en">
                  {example}
                </Link>
              </li>
            ))}
          </ul>
        </EmptyState>
      ) : answer.total === 0 ? (
        <EmptyState>{t("none", { q })}</EmptyState>
      ) : (
        <>
          <p className="text-slate-700" role="status">
            {t("count", { count: answer.total, q })}{" "}
            {answer.total > answer.results.length && t("newest", { shown: answer.results.length })}
          </p>
          <SearchResults results={localize(locale, answer).results} group={group} />
        </>
      )}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/search/view/[search]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "search" });
  const { q } = searchPageState(searchFromKey((await params).search));
  return { title: q ? `${q} · ${t("title")}` : t("title"), description: t("description") };
}

export default async function CachedSearchPage({ params }: PageProps<"/[locale]/search/view/[search]">) {
  const locale = await pageLocale(params);
  return <SearchPage search={searchFromKey((await params).search)} locale={locale} />;
}
