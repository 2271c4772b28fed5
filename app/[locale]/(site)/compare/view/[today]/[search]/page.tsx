import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { MIN_COMPARED } from "@/server/shared/compare-limits";
import { CampAxis } from "../../../camp-axis";
import { ClientMessages } from "@/app/_components/client-messages";
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
import { type Locale, languageAlternates, localizeHref } from "@/server/i18n/locales";
import { formatDay } from "@/server/i18n/dates";
import { inLocale } from "@/server/i18n/government-names";
import { localize } from "@/server/i18n/localize";
import { allTextsIn } from "@/server/i18n/stored-texts";

async function compareMetadata(locale: Locale, search: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "compare" });
  const href = `/compare${search ? `?${search}` : ""}`;
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: localizeHref(locale, href), languages: languageAlternates(href) },
  };
}

const EXAMPLE = { governments: ["RUS", "USA", "BRA", "IND"], at: "2019-12-28" };

/** `/compare`: rendered once per day, governments and date, served from the page cache until a change to what it shows. */
async function ComparePage({ today, search, locale }: CachedViewProps & { locale: Locale }) {
  const { governments: asked, at } = loadCompareParams(new URLSearchParams(search));
  const codes = asked ?? [];
  await dependsOn(...codes.map(viewTags.government), viewTags.topics, viewTags.events);
  const queryClient = getQueryClient();
  const [english, events, t, tAgreement, format] = await Promise.all([
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()).then(allTextsIn(locale)),
    getTranslations("compare"),
    getTranslations("agreement"),
    getFormatter(),
  ]);
  const directory = inLocale(locale, english);
  const chosen = codes.filter((code) => directory.some((g) => g.iso3 === code));
  const unknown = codes.filter((code) => !chosen.includes(code));
  const date = at ?? today;
  const comparison =
    chosen.length >= MIN_COMPARED
      ? localize(
          locale,
          await queryClient.fetchQuery(trpc.blocs.compare.queryOptions({ governments: chosen, at: date })),
        )
      : null;
  const name = (iso3: string) => directory.find((g) => g.iso3 === iso3)?.name ?? iso3;
  const englishName = (iso3: string) => english.find((g) => g.iso3 === iso3)?.name ?? iso3;
  const day = (date: string) => formatDay(locale, date);
  const example = {
    href: `/compare?governments=${EXAMPLE.governments.join(",")}&at=${EXAMPLE.at}`,
    text: t("example", {
      names: format.list(EXAMPLE.governments.map(name), { type: "conjunction" }),
      date: day(EXAMPLE.at),
    }),
  };

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="max-w-4xl text-slate-700">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["comparePicker", "asOf", "dates"]}>
        <GovernmentPicker
          governments={directory.map(({ iso3, name: n }) => ({ iso3, name: n, english: englishName(iso3) }))}
          chosen={chosen}
          at={at}
          today={today}
        />
      </ClientMessages>
      {unknown.length > 0 && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("unknown", { count: unknown.length, codes: format.list(unknown, { type: "conjunction" }) })}
        </p>
      )}
      {!comparison ? (
        <EmptyState>
          {t.rich("needMore", {
            min: MIN_COMPARED,
            example: () => (
              <Link href={example.href} className="underline">
                {example.text}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <>
          <div className="space-y-3">
            <StanceLegend compact />
            <CompareDownloads comparison={comparison} />
          </div>
          <PageSection id="agreement" title={t("agreementAsOf", { date: day(comparison.at) })}>
            <p className="max-w-4xl text-sm text-slate-700">{tAgreement("explained")}</p>
            <AgreementTable pairs={comparison.agreement} name={name} at={comparison.at} />
            <AgreementChart stops={comparison.agreementOverTime} name={name} />
          </PageSection>
          <PageSection id="camps" title={t("campsTitle", { date: day(comparison.at) })}>
            <CampAxis comparison={comparison} name={name} />
          </PageSection>
          <PageSection id="stances" title={t("stancesAsOf", { date: day(comparison.at) })}>
            <p className="text-sm text-slate-600">{t("stancesExplained")}</p>
            <CompareStances comparison={comparison} events={events} name={name} />
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

export async function generateMetadata({ params }: PageProps<"/[locale]/compare/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  return compareMetadata(locale, searchFromKey((await params).search));
}

export default async function CachedComparePage({ params }: PageProps<"/[locale]/compare/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const { today, search } = await params;
  return <ComparePage today={dayFromKey(today)} search={searchFromKey(search)} locale={locale} />;
}
