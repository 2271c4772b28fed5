import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ClientMessages } from "@/app/_components/client-messages";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { previewImage } from "@/app/_components/preview-image";
import { EmbedButton } from "@/app/_components/embed-button";
import { EmptyState } from "@/app/_components/empty-state";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { GovernmentTimelines } from "@/app/_charts/government-timelines";
import { todayUtc } from "@/server/shared/dates";
import { governmentRecord } from "./government-record";
import { recordNotes } from "@/db/dataset/record-notes";
import { PositionList } from "./position-list";
import { CampLine } from "./camp-line";
import { ClosestAndFurthest } from "./closest-and-furthest";
import { RecordNotes } from "./record-notes";
import { WatchToggle } from "@/app/_components/watch-toggle";
import { inLocale, withNameIn } from "@/server/i18n/government-names";
import { DEFAULT_LOCALE, type Locale } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";
import { placeNames } from "@/server/i18n/place-names";

// Rendered on its first request, then served from the page cache until a change it shows (or
// the hour is up: "today" in it moves on).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/governments/[iso3]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { iso3 } = await params;
  await dependsOn(viewTags.government(iso3), viewTags.topics, viewTags.events);
  const [english, t] = await Promise.all([
    orNotFound(getQueryClient().fetchQuery(trpc.governments.get.queryOptions({ iso3 }))),
    getTranslations({ locale, namespace: "governments.page" }),
  ]);
  const government = withNameIn(locale, english);
  const description = t("metaDescription", { name: government.name });
  return {
    title: government.name,
    description,
    ...previewImage(locale, `/og/governments/${government.iso3}`, t("previewAlt", { name: government.name }), {
      title: government.name,
      description,
    }),
  };
}

/** Every government's name in the page's language, for the agreement's lists (none needed in English: the API's are). */
async function localize(locale: Locale): Promise<Record<string, string> | undefined> {
  if (locale === DEFAULT_LOCALE) return undefined;
  const english = await getQueryClient().fetchQuery(trpc.governments.list.queryOptions());
  return Object.fromEntries(inLocale(locale, english).map((g) => [g.iso3, g.name]));
}

export default async function GovernmentPage({ params }: PageProps<"/[locale]/governments/[iso3]">) {
  const locale = await pageLocale(params);
  const { iso3 } = await params;
  const [record, names, t, tIndex] = await Promise.all([
    governmentRecord(iso3, locale),
    localize(locale),
    getTranslations("governments.page"),
    getTranslations("governments"),
  ]);
  const { topics, positions, events, entries, replies } = record;
  const government = withNameIn(locale, record.government);
  const places = placeNames(locale, [government.region, government.subregion]);
  const today = todayUtc();

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <PageTitle
          parent={{ href: "/governments", label: tIndex("title") }}
          current={government.iso3}
          title={government.name}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p className="text-slate-700">
            {t.rich("facts", {
              official: () => <span {...storedTextIn(locale)}>{government.officialName}</span>,
              subregion: places[government.subregion] ?? government.subregion,
              region: places[government.region] ?? government.region,
              status: government.unStatus,
            })}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <WatchToggle kind="government" target={government.iso3} name={government.name} />
            <EmbedButton
              title={t("embedTitle", { name: government.name })}
              views={[{ label: t("overTime"), src: `/embed/governments/${government.iso3}`, height: 820 }]}
            />
          </div>
        </div>
        <CampLine iso3={government.iso3} entries={entries} today={today} />
      </header>

      <PageSection id="topics" title={t("overTime")}>
        <GovernmentTimelines government={government} topics={topics} entries={entries} events={events} at={today} />
      </PageSection>

      <PageSection id="agreement" title={t("agreementTitle")}>
        <p className="max-w-4xl text-sm text-slate-600">
          {t.rich("agreementIntro", {
            name: government.name,
            link: (chunks) => (
              <Link href="/methodology#agreement" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <ClientMessages namespaces={["governments", "agreement"]}>
          <ClosestAndFurthest iso3={government.iso3} name={government.name} names={names} />
        </ClientMessages>
      </PageSection>

      <RecordNotes name={government.name} notes={recordNotes(government.iso3)} />

      <PageSection id="positions" title={t("positionsTitle")}>
        {positions.length === 0 ? (
          <EmptyState>{t("noPositions", { name: government.name })}</EmptyState>
        ) : (
          <PositionList
            iso3={government.iso3}
            positions={positions}
            replies={replies}
            topics={topics}
            events={events}
          />
        )}
      </PageSection>
    </article>
  );
}
