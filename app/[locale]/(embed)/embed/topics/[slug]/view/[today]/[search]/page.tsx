import { StanceLegend } from "@/app/_components/stance-legend";
import { type FigureKind } from "@/server/schemas/figures";
import { TopicFigureView } from "@/app/_charts/topic-figure-view";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { EmbedFooter } from "@/app/[locale]/(embed)/embed-footer";
import { serializeEmbedParams } from "@/server/shared/url-state/embed";
import { getTranslations } from "next-intl/server";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { loadEmbedParams } from "@/server/shared/url-state/embed";
import { pageLocale } from "@/server/i18n/page-locale";
import { type Locale, localizeHref } from "@/server/i18n/locales";
import { formatDay } from "@/server/i18n/dates";
import { writtenIn } from "@/app/_components/use-stored-text";
import { localize } from "@/server/i18n/localize";
import { textsIn } from "@/server/i18n/stored-texts";

type Props = { slug: string; today: string; tab: FigureKind | null; at: string | null; locale: Locale };

const TABS = ["map", "chart"] as const satisfies readonly FigureKind[];

/** `/embed/topics/[slug]?tab=map|chart&at=`: one topic's map or chart as of a date, for other sites' frames. */
async function TopicEmbed({ slug, today, tab, at, locale }: Props) {
  await dependsOn(viewTags.topic(slug), viewTags.events);
  const [figure, topic] = await Promise.all([
    orNotFound(getQueryClient().fetchQuery(trpc.topics.figure.queryOptions({ slug, at: at ?? today }))).then((answer) =>
      localize(locale, answer),
    ),
    orNotFound(getQueryClient().fetchQuery(trpc.topics.get.queryOptions({ slug }))).then((row) => textsIn(locale, row)),
  ]);
  const kind = tab ?? "map";
  const [t, tTabs] = await Promise.all([getTranslations("common.embeds"), getTranslations("matrix.tabs")]);
  return (
    <>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-lg font-bold tracking-tight">
          <span {...writtenIn(locale, topic.lang)}>{topic.title}</span>{" "}
          <span className="font-normal text-slate-600">{t("asOf", { date: formatDay(locale, figure.at) })}</span>
        </h1>
        {/* Switching between the map and the chart stays inside the frame, in its language. */}
        <nav aria-label={tTabs("label")} className="flex gap-1 text-sm">
          {TABS.map((option) => (
            <a
              key={option}
              href={localizeHref(locale, `/embed/topics/${slug}${serializeEmbedParams({ tab: option, at })}`)}
              aria-current={option === kind ? "page" : undefined}
              className="rounded-md border border-slate-300 px-2 py-0.5 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
            >
              {tTabs(option)}
            </a>
          ))}
        </nav>
      </header>
      <StanceLegend compact wrap poles={topic} />
      <TopicFigureView figure={figure} kind={kind} newTab />
      <EmbedFooter at={figure.at} fullView={`/topics/${slug}#${kind}`} />
    </>
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/embed/topics/[slug]/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common.embeds" });
  return { title: t("topicTitle") };
}
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedTopicEmbed({
  params,
}: PageProps<"/[locale]/embed/topics/[slug]/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const { slug, today, search } = await params;
  const { tab, at } = loadEmbedParams(new URLSearchParams(searchFromKey(search)));
  return <TopicEmbed slug={slug} today={dayFromKey(today)} tab={tab} at={at} locale={locale} />;
}
