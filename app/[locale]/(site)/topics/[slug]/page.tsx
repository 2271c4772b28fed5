import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { previewImage } from "@/app/_components/preview-image";
import { cellKey, cellsAsOf, topicStops } from "@/server/shared/timeline";
import { EmptyState } from "@/app/_components/empty-state";
import { StanceLegend } from "@/app/_components/stance-legend";
import { TopicPoles } from "@/app/_components/topic-poles";
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
import { pageLocale } from "@/server/i18n/page-locale";

// Rendered on its first request, then served from the page cache until a change it shows (or
// the hour is up: "today" in it moves on).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/topics/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  await dependsOn(viewTags.topic(slug), viewTags.events);
  const topic = await orNotFound(getQueryClient().fetchQuery(trpc.topics.get.queryOptions({ slug })));
  return {
    title: topic.title,
    description: topic.description,
    ...previewImage(`/og/topics/${topic.slug}`, `World map: each government's stance on ${topic.title} today`, {
      title: topic.title,
      description: topic.description,
    }),
  };
}

export default async function TopicPage({ params }: PageProps<"/[locale]/topics/[slug]">) {
  await pageLocale(params);
  const { slug } = await params;
  await dependsOn(viewTags.topic(slug), viewTags.events);
  const queryClient = getQueryClient();
  const topic = await orNotFound(queryClient.fetchQuery(trpc.topics.get.queryOptions({ slug })));
  const [figure, { entries }] = await Promise.all([
    queryClient.fetchQuery(trpc.topics.figure.queryOptions({ slug })),
    queryClient.fetchQuery(trpc.matrix.timeline.queryOptions({ topics: [slug] })),
  ]);
  // The figure holds the governments and the events already; the table's columns are the chart's.
  const { governments, events } = figure;
  const stops = topicStops(entries, events, figure.at, figure.at);
  const snapshots = stops.map((stop) => cellsAsOf(entries, stop.date));
  const withPositions = governments.filter((g) => entries.some((e) => e.iso3 === g.iso3));
  const today = cellsAsOf(entries, figure.at);
  const current = withPositions.flatMap((government) => {
    const cell = today.get(cellKey(government.iso3, topic.slug));
    return cell ? [{ government, cell }] : [];
  });

  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <PageTitle parent={{ href: "/topics", label: "Topics" }} current={topic.slug} title={topic.title} />
        <p className="text-lg text-slate-700">{topic.description}</p>
        <TopicPoles topic={topic} className="grid gap-3 sm:grid-cols-2" />
        <div className="flex flex-wrap items-center gap-3">
          <Link className="inline-block font-medium underline" href={`/matrix?topics=${topic.slug}&only=positions`}>
            See this topic in the matrix
          </Link>
          <EmbedButton
            title={`Stance Atlas: ${topic.title}`}
            views={[
              { label: "The map", src: `/embed/topics/${topic.slug}?tab=map`, height: 640 },
              { label: "The chart", src: `/embed/topics/${topic.slug}?tab=chart`, height: 520 },
            ]}
          />
          <WatchToggle kind="topic" target={topic.slug} name={topic.title} />
        </div>
      </header>

      <PageSection id="map" title="Where governments stand today">
        <StanceLegend compact poles={topic} />
        <FigureDownloads slug={topic.slug} kind="map" />
        <TopicFigureView figure={figure} kind="map" />
      </PageSection>

      <PageSection id="heatmap" title="Governments over time">
        {withPositions.length === 0 ? (
          <EmptyState>No government has a recorded position on this topic yet.</EmptyState>
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

      <PageSection id="current" title="Each government's newest position">
        {current.length > 0 && (
          <p className="text-sm">
            <a className="underline" href={`/api/v1/positions.csv?topic=${topic.slug}`} download>
              Download every position on this topic (CSV, with evidence kinds and sources)
            </a>
          </p>
        )}
        {current.length === 0 ? (
          <EmptyState>No government has a recorded position on this topic yet.</EmptyState>
        ) : (
          <NewestPositions label={`${topic.title}: each government's newest position`} items={current} />
        )}
      </PageSection>

      <PageSection id="chart" title="Stances over time">
        <FigureDownloads slug={topic.slug} kind="chart" />
        <TopicFigureView figure={figure} kind="chart" />
      </PageSection>
    </article>
  );
}
