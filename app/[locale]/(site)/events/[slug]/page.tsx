import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EVENTS_CODING_NOBODY } from "@/db/seed-data/events";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { EmptyState } from "@/app/_components/empty-state";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { Recorded } from "@/app/_components/stated-on";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { NotTranslated } from "@/app/_components/not-translated";
import { PositionSummary } from "@/app/_components/position-summary";
import { storedTextIn, writtenIn } from "@/app/_components/use-stored-text";
import { allTextsIn, textsIn, withSummaryIn } from "@/server/i18n/stored-texts";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { StanceBadge } from "../../matrix/stance-badge";
import { StanceMovement } from "./stance-movement";
import { pageLocale } from "@/server/i18n/page-locale";
import { type Locale } from "@/server/i18n/locales";
import { formatDay } from "@/server/i18n/dates";
import { inLocale, withNameIn } from "@/server/i18n/government-names";

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

/** "16 May 2013", or "14 May 2013 – 16 May 2013", as the page's language writes it. */
async function periodIn(locale: Locale, start: string, end: string) {
  const tDates = await getTranslations({ locale, namespace: "dates" });
  const day = (date: string) => formatDay(locale, date);
  return start === end ? day(start) : tDates("period", { start: day(start), end: day(end) });
}

export async function generateMetadata({ params }: PageProps<"/[locale]/events/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { event, positions } = await load(params);
  const t = await getTranslations({ locale, namespace: "events" });
  const description = t("metaDescription", {
    name: event.name,
    place: event.place,
    period: await periodIn(locale, event.startDate, event.endDate),
    count: positions.length,
  });
  return { title: event.name, description, openGraph: { title: event.name, description } };
}

/** `/events/[slug]`: the event, every position recorded at it, and how the stances on their topics moved across it. */
export default async function EventPage({ params }: PageProps<"/[locale]/events/[slug]">) {
  const locale = await pageLocale(params);
  const detail = await load(params);
  const { before, after } = detail;
  const event = textsIn(locale, detail.event);
  const positions = detail.positions.map((p) => withSummaryIn(locale, p));
  const movements = detail.movements.map((m) => ({ ...m, topic: textsIn(locale, m.topic) }));
  const [topics, governments, t, period] = await Promise.all([
    getQueryClient().fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    getQueryClient().fetchQuery(trpc.governments.list.queryOptions()),
    getTranslations("events"),
    periodIn(locale, event.startDate, event.endDate),
  ]);
  const stored = storedTextIn(locale);
  const eventText = writtenIn(locale, event.lang);
  const named = inLocale(locale, governments);
  const topicOf = (slug: string) => topics.find((t) => t.slug === slug);
  const name = (iso3: string) => named.find((g) => g.iso3 === iso3)?.name ?? iso3;
  const nobody = EVENTS_CODING_NOBODY[event.slug];
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <PageTitle
          parent={{ href: "/matrix", label: t("matrix") }}
          current={event.slug}
          title={<span {...eventText}>{event.name}</span>}
        />
        <p className="text-slate-700">
          {t.rich("placeAndDates", {
            period,
            place: () => <span {...eventText}>{event.place}</span>,
            matrix: (chunks) => (
              <Link href={`/matrix?at=${event.endDate}`} className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <NotTranslated lang={event.lang} />
      </header>

      <PageSection id="positions" title={t("positionsTitle", { count: positions.length })}>
        {positions.length === 0 ? (
          <EmptyState>{nobody ? <span {...stored}>{nobody}</span> : t("noPosition")}</EmptyState>
        ) : (
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            aria-label={t("positionsLabel")}
          >
            {positions.map((p) => (
              <li key={p.id} className="space-y-1 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/governments/${p.government}`} className="font-medium hover:underline">
                    {name(p.government)}
                  </Link>
                  <StanceBadge stance={p.stance} />
                  <EvidenceBadge evidence={p.evidence} />
                  <Link
                    href={`/topics/${p.topic}`}
                    className="text-sm text-slate-700 hover:underline"
                    {...writtenIn(locale, topicOf(p.topic)?.lang)}
                  >
                    {topicOf(p.topic)?.title ?? p.topic}
                  </Link>
                  <Recorded
                    evidence={p.evidence}
                    date={p.statedOn}
                    precision={p.datePrecision}
                    className="text-sm text-slate-600"
                  />
                </div>
                <PositionSummary position={p} className="text-sm text-slate-800" />
                <Link href={`/positions/${p.id}`} className="text-sm underline">
                  {t("evidenceAndHistory")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      {movements.length > 0 && (
        <PageSection id="movement" title={t("movementTitle")}>
          <p className="max-w-4xl text-sm text-slate-600">
            {t("movementExplained", { before: formatDay(locale, before), after: formatDay(locale, after) })}
          </p>
          <StanceMovement
            movements={movements.map((m) => ({ ...m, changed: m.changed.map((c) => withNameIn(locale, c)) }))}
          />
        </PageSection>
      )}
    </article>
  );
}
