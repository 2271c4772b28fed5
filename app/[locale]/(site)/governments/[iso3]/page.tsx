import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { previewImage } from "@/app/_components/preview-image";
import { EmbedButton } from "@/app/_components/embed-button";
import { EmptyState } from "@/app/_components/empty-state";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { GovernmentTimelines } from "@/app/_charts/government-timelines";
import { todayUtc } from "@/server/shared/dates";
import { governmentRecord } from "./government-record";
import { recordNotes } from "@/db/dataset/record-notes";
import { PositionList } from "./position-list";
import { ClosestAndFurthest } from "./closest-and-furthest";
import { RecordNotes } from "./record-notes";
import { WatchToggle } from "@/app/_components/watch-toggle";
import { pageLocale } from "@/server/i18n/page-locale";

// Rendered on its first request, then served from the page cache until a change it shows (or
// the hour is up: "today" in it moves on).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/governments/[iso3]">): Promise<Metadata> {
  const { iso3 } = await params;
  await dependsOn(viewTags.government(iso3), viewTags.topics, viewTags.events);
  const government = await orNotFound(getQueryClient().fetchQuery(trpc.governments.get.queryOptions({ iso3 })));
  const description = `${government.name}'s positions on Internet governance, topic by topic and over time, with sources.`;
  return {
    title: government.name,
    description,
    ...previewImage(`/og/governments/${government.iso3}`, `${government.name}'s stance on each topic over time`, {
      title: government.name,
      description,
    }),
  };
}

export default async function GovernmentPage({ params }: PageProps<"/[locale]/governments/[iso3]">) {
  await pageLocale(params);
  const { iso3 } = await params;
  const { government, topics, positions, events, entries, replies } = await governmentRecord(iso3);
  const eventName = new Map(events.map((e) => [e.slug, e.name]));
  const today = todayUtc();

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <PageTitle
          parent={{ href: "/governments", label: "Governments" }}
          current={government.iso3}
          title={government.name}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p className="text-slate-700">
            {government.officialName} · {government.subregion}, {government.region} · UN {government.unStatus} state
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <WatchToggle kind="government" target={government.iso3} name={government.name} />
            <EmbedButton
              title={`Stance Atlas: ${government.name}`}
              views={[
                { label: "Stance by topic over time", src: `/embed/governments/${government.iso3}`, height: 820 },
              ]}
            />
          </div>
        </div>
      </header>

      <PageSection id="topics" title="Stance by topic over time">
        <GovernmentTimelines government={government} topics={topics} entries={entries} events={events} at={today} />
      </PageSection>

      <PageSection id="agreement" title="Closest and furthest">
        <p className="max-w-4xl text-sm text-slate-600">
          The governments on the same side as {government.name} on the largest and smallest share of the topics both
          have a position on today (at least three); see{" "}
          <Link href="/methodology#agreement" className="underline">
            how agreement is measured
          </Link>
          .
        </p>
        <ClosestAndFurthest iso3={government.iso3} name={government.name} />
      </PageSection>

      <RecordNotes name={government.name} notes={recordNotes(government.iso3)} />

      <PageSection id="positions" title="Positions and sources">
        {positions.length === 0 ? (
          <EmptyState>No approved position of {government.name} is on record yet.</EmptyState>
        ) : (
          <PositionList
            iso3={government.iso3}
            positions={positions}
            replies={replies}
            topicTitle={(slug) => topics.find((t) => t.slug === slug)?.title ?? slug}
            eventName={(slug) => eventName.get(slug) ?? slug}
          />
        )}
      </PageSection>
    </article>
  );
}
