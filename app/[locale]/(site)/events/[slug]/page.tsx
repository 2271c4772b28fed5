import type { Metadata } from "next";
import { EVENTS_CODING_NOBODY } from "@/db/seed-data/events";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { formatDate, formatPeriod } from "@/server/shared/dates";
import { EmptyState } from "@/app/_components/empty-state";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { Recorded } from "@/app/_components/stated-on";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { StanceBadge } from "../../matrix/stance-badge";
import { StanceMovement } from "./stance-movement";
import { pageLocale } from "@/server/i18n/page-locale";

// Rendered on its first request, then served from the page cache until a change it shows (any
// position can move the counts before and after the event) or the hour is up.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/[locale]/events/[slug]">["params"]) {
  const { slug } = await params;
  await dependsOn(viewTags.events, viewTags.positions, viewTags.topics);
  return orNotFound(getQueryClient().fetchQuery(trpc.events.detail.queryOptions({ slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]">): Promise<Metadata> {
  const { event, positions } = await load(params);
  const description = `${event.name}, ${event.place}, ${formatPeriod(event.startDate, event.endDate)}: ${positions.length} governments' positions recorded there, and how stances moved across it.`;
  return { title: event.name, description, openGraph: { title: event.name, description } };
}

/** `/events/[slug]`: the event, every position recorded at it, and how the stances on their topics moved across it. */
export default async function EventPage({ params }: PageProps<"/[locale]/events/[slug]">) {
  await pageLocale(params);
  const { event, before, after, positions, movements } = await load(params);
  const [topics, governments] = await Promise.all([
    getQueryClient().fetchQuery(trpc.topics.list.queryOptions()),
    getQueryClient().fetchQuery(trpc.governments.list.queryOptions()),
  ]);
  const topicTitle = (slug: string) => topics.find((t) => t.slug === slug)?.title ?? slug;
  const name = (iso3: string) => governments.find((g) => g.iso3 === iso3)?.name ?? iso3;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <PageTitle parent={{ href: "/matrix", label: "Matrix" }} current={event.slug} title={event.name} />
        <p className="text-slate-700">
          {event.place} · {formatPeriod(event.startDate, event.endDate)} ·{" "}
          <Link href={`/matrix?at=${event.endDate}`} className="underline">
            the matrix on its last day
          </Link>
        </p>
      </header>

      <PageSection id="positions" title={`Positions recorded at it (${positions.length})`}>
        {positions.length === 0 ? (
          <EmptyState>
            {EVENTS_CODING_NOBODY[event.slug] ?? "No approved position is recorded at this event yet."}
          </EmptyState>
        ) : (
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            aria-label="Positions recorded at the event"
          >
            {positions.map((p) => (
              <li key={p.id} className="space-y-1 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/governments/${p.government}`} className="font-medium hover:underline">
                    {name(p.government)}
                  </Link>
                  <StanceBadge stance={p.stance} />
                  <EvidenceBadge evidence={p.evidence} />
                  <Link href={`/topics/${p.topic}`} className="text-sm text-slate-700 hover:underline">
                    {topicTitle(p.topic)}
                  </Link>
                  <Recorded
                    evidence={p.evidence}
                    date={p.statedOn}
                    precision={p.datePrecision}
                    className="text-sm text-slate-600"
                  />
                </div>
                <p className="text-sm text-slate-800">
                  {p.summary}{" "}
                  <Link href={`/positions/${p.id}`} className="underline">
                    Evidence and history
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      {movements.length > 0 && (
        <PageSection id="movement" title="How stances moved across it">
          <p className="max-w-4xl text-sm text-slate-600">
            Every government&apos;s stance on each topic the day before the event began ({formatDate(before)}) and on
            its last day ({formatDate(after)}).
          </p>
          <StanceMovement movements={movements} />
        </PageSection>
      )}
    </article>
  );
}
