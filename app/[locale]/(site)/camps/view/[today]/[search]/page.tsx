import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { M49_REGIONS } from "@/db/enums";
import Link from "@/app/_components/link";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterSelect } from "@/app/_components/filter-select";
import { PageSection } from "@/app/_components/page-section";
import { writtenIn } from "@/app/_components/use-stored-text";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { formatDay } from "@/server/i18n/dates";
import { inLocale, withNameIn } from "@/server/i18n/government-names";
import { type Locale } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";
import { placeNames } from "@/server/i18n/place-names";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { CAMPS } from "@/server/shared/camps/camp-rule";
import { campsPageState, canonicalCamps } from "@/server/shared/url-state/camps";
import { CampSwatch } from "../../../camp-mark";
import { CampStrip } from "../../../camp-strip";
import { CampTable } from "../../../camp-table";
import { WhoMoved } from "../../../who-moved";

/** `/camps?at=&from=&to=&region=&bloc=`: rendered once per view and day, served from the page cache until the next approved change. */
async function CampsPage({ today, search, locale }: { today: string; search: string; locale: Locale }) {
  const asked = campsPageState(search, today);
  await dependsOn(
    viewTags.positions,
    viewTags.topics,
    viewTags.blocs,
    ...(asked.bloc ? [viewTags.bloc(asked.bloc)] : []),
  );
  const queries = getQueryClient();
  const blocs = await queries.fetchQuery(trpc.blocs.list.queryOptions({ at: today })).then(allTextsIn(locale));
  // A bloc that is not (or no longer) one of the site's is left out, as any value the page cannot read.
  const state = { ...asked, bloc: blocs.some((b) => b.slug === asked.bloc) ? asked.bloc : undefined };
  const [answer, topics, t] = await Promise.all([
    queries.fetchQuery(trpc.camps.asOf.queryOptions({ ...state, at: state.at ?? today })),
    queries.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    getTranslations("camps"),
  ]);
  const governments = inLocale(locale, answer.governments);
  const moved = answer.moved.map((m) => withNameIn(locale, m));
  const regions = placeNames(locale, [...M49_REGIONS]);
  const topicTitle = (slug: string) => {
    const topic = topics.find((tp) => tp.slug === slug);
    return <span {...writtenIn(locale, topic?.lang)}>{topic?.title ?? slug}</span>;
  };
  const csv = canonicalCamps(search, today);
  return (
    <div className="max-w-6xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("description")}</p>
        <p className="max-w-3xl text-sm text-slate-700">
          {t("rule", {
            low: `−${answer.rule.threshold}`,
            high: `+${answer.rule.threshold}`,
            min: answer.rule.minTopics,
          })}{" "}
          <Link href="/methodology#camps" className="underline">
            {t("ruleLink")}
          </Link>
        </p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("asOfLabel")}</span>
          <input type="date" name="at" defaultValue={answer.at} max={today} className="field" />
        </label>
        <FilterSelect
          name="region"
          label={t("regionLabel")}
          all={t("allRegions")}
          value={state.region}
          options={M49_REGIONS.map((r) => [r, regions[r] ?? r])}
        />
        <FilterSelect
          name="bloc"
          label={t("blocLabel")}
          all={t("allBlocs")}
          value={state.bloc}
          options={blocs.map((b) => [b.slug, b.name])}
        />
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("fromLabel")}</span>
          <input type="date" name="from" defaultValue={answer.from} max={today} className="field" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("toLabel")}</span>
          <input type="date" name="to" defaultValue={answer.to} max={today} className="field" />
        </label>
        <button type="submit" className="btn-primary">
          {t("show")}
        </button>
      </form>

      {governments.length === 0 ? (
        <EmptyState>{t("empty", { min: answer.rule.minTopics, date: formatDay(locale, answer.at) })}</EmptyState>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-slate-800" role="status">
            {t("counts", { date: formatDay(locale, answer.at), ...answer.counts })}
          </p>
          <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
            {CAMPS.map((camp) => (
              <li key={camp} className="inline-flex items-center gap-1.5">
                <CampSwatch camp={camp} />
                {t(`camp.${camp}`)}
              </li>
            ))}
          </ul>
          <PageSection id="chart" title={t("chartTitle")}>
            <CampStrip answer={answer} />
          </PageSection>
          <PageSection id="governments" title={t("governmentsTitle", { count: governments.length })}>
            <p className="text-sm">
              <a href={`/api/v1/camps.csv${csv ? `?${csv}` : ""}`} className="me-3 underline" download>
                {t("downloadCsv")}
              </a>
              <a href={`/api/v1/camps${csv ? `?${csv}` : ""}`} className="underline">
                {t("downloadJson")}
              </a>
            </p>
            <CampTable answer={{ governments, years: answer.years }} />
          </PageSection>
        </>
      )}
      <PageSection id="moved" title={t("movedTitle")}>
        <WhoMoved answer={{ moved, from: answer.from, to: answer.to }} topicTitle={topicTitle} />
      </PageSection>
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/camps/view/[today]/[search]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "camps" });
  return { title: t("title"), description: t("description") };
}

export default async function CachedCampsPage({ params }: PageProps<"/[locale]/camps/view/[today]/[search]">) {
  const locale = await pageLocale(params);
  const { today, search } = await params;
  return <CampsPage today={dayFromKey(today)} search={searchFromKey(search)} locale={locale} />;
}
