import { StanceLegend } from "@/app/_components/stance-legend";
import { GovernmentTimelines } from "@/app/_charts/government-timelines";
import { governmentRecord } from "@/app/[locale]/(site)/governments/[iso3]/government-record";
import { EmbedFooter } from "@/app/[locale]/(embed)/embed-footer";
import type { Metadata } from "next";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { loadEmbedParams } from "@/server/shared/url-state/embed";
import { pageLocale } from "@/server/i18n/page-locale";

type Props = { iso3: string; today: string; at: string | null };

/** `/embed/governments/[iso3]?at=`: a government's stance on every topic over time, up to a date, for other sites' frames. */
async function GovernmentEmbed({ iso3, today, at }: Props) {
  const { government, topics, events, entries: all } = await governmentRecord(iso3);
  const until = at ?? today;
  const entries = all.filter((e) => e.statedOn <= until);
  return (
    <>
      <header className="space-y-2">
        <h1 className="text-lg font-bold tracking-tight">
          {government.name}: stance on Internet governance, topic by topic
        </h1>
        <StanceLegend compact wrap />
      </header>
      <GovernmentTimelines government={government} topics={topics} entries={entries} events={events} at={until} />
      <EmbedFooter at={until} fullView={`/governments/${government.iso3}`} />
    </>
  );
}

export const metadata: Metadata = { title: "Government (embed)" };
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedGovernmentEmbed({
  params,
}: PageProps<"/[locale]/embed/governments/[iso3]/view/[today]/[search]">) {
  await pageLocale(params);
  const { iso3, today, search } = await params;
  const { at } = loadEmbedParams(new URLSearchParams(searchFromKey(search)));
  return <GovernmentEmbed iso3={iso3} today={dayFromKey(today)} at={at} />;
}
