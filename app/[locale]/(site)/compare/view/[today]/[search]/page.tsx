import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { AGREEMENT_SENTENCE } from "@/server/shared/agreement";
import { MIN_COMPARED } from "@/server/shared/compare-limits";
import { formatDate } from "@/server/shared/dates";
import { EmptyState } from "@/app/_components/empty-state";
import { PageSection } from "@/app/_components/page-section";
import { StanceLegend } from "@/app/_components/stance-legend";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { AgreementChart } from "@/app/[locale]/(site)/compare/agreement-chart";
import { AgreementTable } from "@/app/[locale]/(site)/compare/agreement-table";
import { CompareDownloads } from "@/app/[locale]/(site)/compare/compare-downloads";
import { CompareStances } from "@/app/[locale]/(site)/compare/compare-stances";
import { GovernmentPicker } from "@/app/[locale]/(site)/compare/government-picker";
import { loadCompareParams } from "@/server/shared/url-state/compare";
import { type CachedViewProps, dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Compare governments",
  description:
    "Two to six governments side by side: their stances on every Internet-governance topic as of any date, over time, and how far they agree.",
};

const EXAMPLE = "/compare?governments=RUS,USA,BRA,IND&at=2019-12-28";

/** `/compare`: rendered once per day, governments and date, served from the page cache until a change to what it shows. */
async function ComparePage({ today, search }: CachedViewProps) {
  const { governments: asked, at } = loadCompareParams(new URLSearchParams(search));
  const codes = asked ?? [];
  await dependsOn(...codes.map(viewTags.government), viewTags.topics, viewTags.events);
  const queryClient = getQueryClient();
  const [directory, events] = await Promise.all([
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
  ]);
  const chosen = codes.filter((code) => directory.some((g) => g.iso3 === code));
  const unknown = codes.filter((code) => !chosen.includes(code));
  const date = at ?? today;
  const comparison =
    chosen.length >= MIN_COMPARED
      ? await queryClient.fetchQuery(trpc.blocs.compare.queryOptions({ governments: chosen, at: date }))
      : null;
  const name = (iso3: string) => directory.find((g) => g.iso3 === iso3)?.name ?? iso3;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Compare governments</h1>
        <p className="max-w-4xl text-slate-700">
          Choose two to six governments: their stance on every topic as of a date, how each moved over time, and how far
          each pair agrees.
        </p>
      </header>
      <GovernmentPicker
        governments={directory.map(({ iso3, name: n }) => ({ iso3, name: n }))}
        chosen={chosen}
        at={at}
        today={today}
      />
      {unknown.length > 0 && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          No government has the code {unknown.join(", ")}; {unknown.length > 1 ? "they are" : "it is"} left out of the
          comparison.
        </p>
      )}
      {!comparison ? (
        <EmptyState>
          Add at least {MIN_COMPARED} governments to compare them. For example:{" "}
          <Link href={EXAMPLE} className="underline">
            Russia, the United States, Brazil and India as of 28 December 2019
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <div className="space-y-3">
            <StanceLegend compact />
            <CompareDownloads comparison={comparison} />
          </div>
          <PageSection id="agreement" title={`Agreement as of ${formatDate(comparison.at)}`}>
            <p className="max-w-4xl text-sm text-slate-700">{AGREEMENT_SENTENCE}</p>
            <AgreementTable pairs={comparison.agreement} name={name} at={comparison.at} />
            <AgreementChart stops={comparison.agreementOverTime} name={name} />
          </PageSection>
          <PageSection id="stances" title={`Stances by topic as of ${formatDate(comparison.at)}, and over time`}>
            <p className="text-sm text-slate-600">
              Each bar runs from a government&apos;s first recorded position on the topic to the date, coloured by its
              stance; the markers under each topic are events (name and dates on hover or focus; each opens the event).
            </p>
            <CompareStances comparison={comparison} events={events} />
          </PageSection>
        </>
      )}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedComparePage({ params }: PageProps<"/[locale]/compare/view/[today]/[search]">) {
  await pageLocale(params);
  const { today, search } = await params;
  return <ComparePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
