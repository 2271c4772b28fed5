import { StanceLegend } from "@/app/_components/stance-legend";
import { GovernmentTimelines } from "@/app/_charts/government-timelines";
import { governmentRecord } from "@/app/[locale]/(site)/governments/[iso3]/government-record";
import { EmbedFooter } from "@/app/[locale]/(embed)/embed-footer";
import { getTranslations } from "next-intl/server";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { loadEmbedParams } from "@/server/shared/url-state/embed";
import { pageLocale } from "@/server/i18n/page-locale";
import { withNameIn } from "@/server/i18n/government-names";
import { type Locale } from "@/server/i18n/locales";

type Props = { iso3: string; today: string; at: string | null; locale: Locale };

/** `/embed/governments/[iso3]?at=`: a government's stance on every topic over time, up to a date, for other sites' frames. */
async function GovernmentEmbed({ iso3, today, at, locale }: Props) {
  const record = await governmentRecord(iso3, locale);
  const { topics, events, entries: all } = record;
  const government = withNameIn(locale, record.government);
  const t = await getTranslations("common.embeds");
  const until = at ?? today;
  const entries = all.filter((e) => e.statedOn <= until);
  return (
    <>
      <header className="space-y-2">
        <h1 className="text-lg font-bold tracking-tight">{t("governmentHeading", { government: government.name })}</h1>
        <StanceLegend compact wrap />
      </header>
      <GovernmentTimelines government={government} topics={topics} entries={entries} events={events} at={until} />
      <EmbedFooter at={until} fullView={`/governments/${government.iso3}`} />
    </>
  );
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/embed/governments/[iso3]/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "common.embeds" });
  return { title: t("governmentTitle") };
}
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedGovernmentEmbed({
  params,
}: PageProps<"/[locale]/embed/governments/[iso3]/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const { iso3, today, search } = await params;
  const { at } = loadEmbedParams(new URLSearchParams(searchFromKey(search)));
  return <GovernmentEmbed iso3={iso3} today={dayFromKey(today)} at={at} locale={locale} />;
}
