import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { previewImage } from "@/app/_components/preview-image";
import { cellKey, cellsAsOf, topicStops } from "@/server/shared/timeline";
import { EmptyState } from "@/app/_components/empty-state";
import { StanceLegend } from "@/app/_components/stance-legend";
import { TopicPoles } from "@/app/_components/topic-poles";
import { NotTranslated } from "@/app/_components/not-translated";
import { writtenIn } from "@/app/_components/use-stored-text";
import { localize } from "@/server/i18n/localize";
import { textsIn } from "@/server/i18n/stored-texts";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { NewestPositions } from "./newest-positions";
import { TopicHeatmap } from "./topic-heatmap";
import { TopicFigureView } from "@/app/_charts/topic-figure-view";
import { FigureDownloads } from "@/app/_charts/figure-downloads";
import { EmbedButton } from "@/app/_components/embed-button";
import { WatchToggle } from "@/app/_components/watch-toggle";
import { inLocale } from "@/server/i18n/government-names";
import { pageLocale } from "@/server/i18n/page-locale";

// Rendered on its first request, then served from the page cache until a change it shows (or
// the hour is up: "today" in it moves on).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/topics/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await dependsOn(viewTags.topic(slug), viewTags.events);
  const [topic, t] = await Promise.all([
    orNotFound(getQueryClient().fetchQuery(trpc.topics.get.queryOptions({ slug }))).then((row) => textsIn(locale, row)),
    getTranslations({ locale, namespace: "topics.page" }),
  ]);
  return {
    title: topic.title,
    description: topic.description,
    ...previewImage(locale, `/og/topics/${topic.slug}`, t("previewAlt", { topic: topic.title }), {
      title: topic.title,
      description: topic.description,
    }),
  };
}

export default async function TopicPage({ params }: PageProps<"/[locale]/topics/[slug]">) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  await dependsOn(viewTags.topic(slug), viewTags.events);
  const queryClient = getQueryClient();
  const topic = textsIn(locale, await orNotFound(queryClient.fetchQuery(trpc.topics.get.queryOptions({ slug }))));
  const [figure, { entries }, t, tIndex] = await Promise.all([
    queryClient.fetchQuery(trpc.topics.figure.queryOptions({ slug })).then((answer) => localize(locale, answer)),
    queryClient.fetchQuery(trpc.matrix.timeline.queryOptions({ topics: [slug] })),
    getTranslations("topics.page"),
    getTranslations("topics"),
  ]);
  // The figure holds the governments and the events already; the table's columns are the chart's.
  const { events } = figure;
  const governments = inLocale(locale, figure.governments);
  const stops = topicStops(entries, events, figure.at, figure.at);
  const snapshots = stops.map((stop) => cellsAsOf(entries, stop.date));
  const withPositions = governments.filter((g) => entries.some((e) => e.iso3 === g.iso3));
  const today = cellsAsOf(entries, figure.at);
  const current = withPositions.flatMap((government) => {
    const cell = today.get(cellKey(government.iso3, topic.slug));
    return cell ? [{ government, cell }] : [];
  });
  const stored = writtenIn(locale, topic.lang);

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <PageTitle
          parent={{ href: "/topics", label: tIndex("title") }}
          current={topic.slug}
          title={<span {...stored}>{topic.title}</span>}
        />
        <p className="text-lg text-slate-700" {...stored}>
          {topic.description}
        </p>
        <NotTranslated lang={topic.lang} />
        <TopicPoles topic={topic} className="grid gap-3 sm:grid-cols-2" />
        <div className="flex flex-wrap items-center gap-3">
          <Link className="inline-block font-medium underline" href={`/matrix?topics=${topic.slug}&only=positions`}>
            {t("inMatrix")}
          </Link>
          <EmbedButton
            title={t("embedTitle", { topic: topic.title })}
            views={[
              { label: t("embedMap"), src: `/embed/topics/${topic.slug}?tab=map`, height: 640 },
              { label: t("embedChart"), src: `/embed/topics/${topic.slug}?tab=chart`, height: 520 },
            ]}
          />
          <WatchToggle kind="topic" target={topic.slug} name={topic.title} />
        </div>
      </header>

      <PageSection id="map" title={t("mapTitle")}>
        <StanceLegend compact poles={topic} />
        <FigureDownloads slug={topic.slug} kind="map" />
        <TopicFigureView figure={figure} kind="map" />
      </PageSection>

      <PageSection id="heatmap" title={t("heatmapTitle")}>
        {withPositions.length === 0 ? (
          <EmptyState>{t("noPositions")}</EmptyState>
        ) : (
          <TopicHeatmap
            topic={topic.slug}
            governments={withPositions}
            others={governments.length - withPositions.length}
            stops={stops}
            snapshots={snapshots}
          />
        )}
      </PageSection>

      <PageSection id="current" title={t("newestTitle")}>
        {current.length > 0 && (
          <p className="text-sm">
            <a className="underline" href={`/api/v1/positions.csv?topic=${topic.slug}`} download>
              {t("downloadCsv")}
            </a>
          </p>
        )}
        {current.length === 0 ? (
          <EmptyState>{t("noPositions")}</EmptyState>
        ) : (
          <NewestPositions label={t("newestLabel", { topic: topic.title })} items={current} />
        )}
      </PageSection>

      <PageSection id="chart" title={t("chartTitle")}>
        <FigureDownloads slug={topic.slug} kind="chart" />
        <TopicFigureView figure={figure} kind="chart" />
      </PageSection>
    </article>
  );
}
