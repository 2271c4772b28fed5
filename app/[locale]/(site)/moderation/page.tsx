import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { queueFilterSchema } from "@/server/schemas/proposals";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterSelect } from "@/app/_components/filter-select";
import { searchParam } from "@/app/_components/search-param";
import { NotAllowed } from "@/app/_components/not-allowed";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { ModerationTabs } from "./moderation-tabs";
import { ReviewCard } from "./review-card";
import { ClientMessages } from "@/app/_components/client-messages";
import { pageLocale } from "@/server/i18n/page-locale";
import { inLocale } from "@/server/i18n/government-names";

export async function generateMetadata({ params }: PageProps<"/[locale]/moderation">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation" });
  return { title: t("title") };
}

export default async function ModerationPage({ params: route, searchParams }: PageProps<"/[locale]/moderation">) {
  const locale = await pageLocale(route);
  const t = await getTranslations("moderation");
  await connection();
  const params = await searchParams;
  const parsed = queueFilterSchema.safeParse({
    topic: searchParam(params.topic) || undefined,
    government: searchParam(params.government) || undefined,
    author: searchParam(params.author) || undefined,
  });
  const filter = parsed.success ? parsed.data : {};
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const here = query.size ? `/moderation?${query}` : "/moderation";
  if (!(await pageActor("moderator", here))) return <NotAllowed role="moderator" what={t("notAllowed.queue")} />;

  const queryClient = getQueryClient();
  const [queue, topics, governments, events] = await Promise.all([
    queryClient.fetchQuery(trpc.moderation.queue.queryOptions(filter)),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
  ]);
  const eventNames = new Map(events.map((e) => [e.slug, e.name]));
  const eventName = (slug: string | null) => (slug ? (eventNames.get(slug) ?? slug) : t("noEvent"));
  const filtered = Object.values(filter).some(Boolean);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <Link className="btn-secondary" href="/moderation/import">
            {t("queue.importLink")}
          </Link>
        </div>
        <p className="text-slate-700">{t("queue.intro")}</p>
      </header>
      <ModerationTabs current="queue" />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("queue.filterLabel")}>
        <FilterSelect
          name="topic"
          label={t("queue.topic")}
          value={filter.topic}
          options={topics.map((t) => [t.slug, t.title])}
        />
        <FilterSelect
          name="government"
          label={t("queue.government")}
          value={filter.government}
          options={inLocale(locale, governments).map((g) => [g.iso3, g.name])}
        />
        <FilterSelect
          name="author"
          label={t("queue.author")}
          value={filter.author}
          options={queue.authors.map((a) => [a.id, a.name])}
        />
        <button type="submit" className="btn-secondary">
          {t("queue.filter")}
        </button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {queue.total === 0
          ? ""
          : queue.total === queue.items.length
            ? t("queue.countAll", { total: queue.total })
            : t("queue.countOldest", { shown: queue.items.length, total: queue.total })}
      </p>
      {queue.items.length === 0 ? (
        <EmptyState>{filtered ? t("queue.emptyFiltered") : t("queue.empty")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["moderation", "revision", "forms", "common"]}>
          <div className="space-y-4">
            {queue.items.map((item) => (
              <ReviewCard key={item.revisionId} item={item} eventName={eventName} />
            ))}
          </div>
        </ClientMessages>
      )}
    </div>
  );
}
