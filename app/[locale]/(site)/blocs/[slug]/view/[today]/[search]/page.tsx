import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { countStances } from "@/server/shared/bloc-cohesion";
import { AsOfForm } from "@/app/_components/as-of-form";
import { ClientMessages } from "@/app/_components/client-messages";
import { EmptyState } from "@/app/_components/empty-state";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { StanceLegend } from "@/app/_components/stance-legend";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { StanceChart } from "@/app/_charts/stance-chart";
import { BlocMembers } from "@/app/[locale]/(site)/blocs/bloc-members";
import { BlocStanceTable } from "@/app/[locale]/(site)/blocs/bloc-stance-table";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { loadCompareParams } from "@/server/shared/url-state/compare";
import { pageLocale } from "@/server/i18n/page-locale";
import { type Locale } from "@/server/i18n/locales";
import { formatDay } from "@/server/i18n/dates";
import { inLocale } from "@/server/i18n/government-names";
import { NotTranslated } from "@/app/_components/not-translated";
import { writtenIn } from "@/app/_components/use-stored-text";
import { textsIn } from "@/server/i18n/stored-texts";

type Props = { slug: string; today: string; at: string | null; locale: Locale };

async function load({ slug, today, at, locale }: Props) {
  // Members' positions change what it shows as much as the bloc does.
  await dependsOn(viewTags.bloc(slug), viewTags.positions, viewTags.topics, viewTags.events);
  const date = at ?? today;
  const queryClient = getQueryClient();
  const bloc = textsIn(
    locale,
    await orNotFound(queryClient.fetchQuery(trpc.blocs.get.queryOptions({ slug, at: date }))),
  );
  return { bloc, date, queryClient };
}

async function blocMetadata(props: Props): Promise<Metadata> {
  const { bloc } = await load(props);
  const t = await getTranslations({ locale: props.locale, namespace: "blocs" });
  return { title: bloc.name, description: t("metaDescription", { name: bloc.name }) };
}

/** `/blocs/[slug]`: the bloc's members as of a date, their stances per topic and over time, and its cohesion. */
async function BlocPage(props: Props) {
  const { bloc, date, queryClient } = await load(props);
  const { locale } = props;
  const t = await getTranslations("blocs");
  const stored = writtenIn(locale, bloc.lang);
  const day = formatDay(locale, date);
  const stances = await queryClient
    .fetchQuery(trpc.blocs.stances.queryOptions({ slug: bloc.slug, at: date }))
    .then((answer) => ({
      ...answer,
      topics: answer.topics.map((row) => ({ ...row, topic: textsIn(locale, row.topic) })),
    }));
  const charted = stances.topics.filter(({ topic }) =>
    stances.overTime.some((stop) => Object.values(stop.counts[topic.slug] ?? {}).some((n) => n > 0)),
  );
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <PageTitle
          parent={{ href: "/blocs", label: t("title") }}
          current={bloc.slug}
          title={<span {...stored}>{bloc.name}</span>}
        />
        <p className="max-w-4xl text-slate-700" {...stored}>
          {bloc.description}
        </p>
        <p className="max-w-4xl text-sm text-slate-600">
          {!bloc.complete && (
            <span className="me-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("partialList")}
            </span>
          )}
          <span {...stored}>{bloc.coverageNote}</span>
        </p>
        <NotTranslated lang={bloc.lang} />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <ClientMessages namespaces={["asOf", "dates"]}>
            <AsOfForm path={`/blocs/${bloc.slug}`} at={props.at} today={props.today} />
          </ClientMessages>
          <Link
            href={`/matrix?bloc=${bloc.slug}${props.at ? `&at=${props.at}` : ""}`}
            className="btn-secondary text-sm"
          >
            {t("seeInMatrix")}
          </Link>
        </div>
      </header>

      <PageSection id="stances" title={t("stancesTitle", { count: bloc.members.length, date: day })}>
        <p className="max-w-4xl text-sm text-slate-600">{t("cohesionExplained")}</p>
        <StanceLegend compact />
        {bloc.members.length === 0 ? (
          <EmptyState>{t("noMembersOn", { date: day })}</EmptyState>
        ) : (
          <BlocStanceTable topics={stances.topics} blocName={bloc.name} blocLang={bloc.lang} />
        )}
      </PageSection>

      <PageSection id="over-time" title={t("overTime")}>
        {charted.length === 0 ? (
          <EmptyState>{t("noPositionUpTo", { date: day })}</EmptyState>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            {charted.map(({ topic }) => (
              <StanceChart
                key={topic.slug}
                topicTitle={t("chartTitle", { topic: topic.title })}
                columns={stances.overTime.map((stop) => ({
                  date: stop.date,
                  label: stop.label,
                  counts: stop.counts[topic.slug] ?? countStances([]),
                }))}
              />
            ))}
          </div>
        )}
      </PageSection>

      <PageSection id="members" title={t("membersOn", { date: day, count: bloc.members.length })}>
        {bloc.members.length === 0 ? (
          <EmptyState>{t("noMembersOnThisDate")}</EmptyState>
        ) : (
          <BlocMembers members={inLocale(locale, bloc.members)} label={t("members")} />
        )}
        {bloc.former.length > 0 && (
          <>
            <h3 className="pt-2 font-semibold">{t("formerMembers")}</h3>
            <BlocMembers members={inLocale(locale, bloc.former)} label={t("formerMembers")} />
          </>
        )}
      </PageSection>
    </article>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function props(params: PageProps<"/[locale]/blocs/[slug]/view/[today]/[search]">["params"]): Promise<Props> {
  const locale = await pageLocale(params);
  const { slug, today, search } = await params;
  return {
    slug,
    today: dayFromKey(today),
    at: loadCompareParams(new URLSearchParams(searchFromKey(search))).at,
    locale,
  };
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/blocs/[slug]/view/[today]/[search]">): Promise<Metadata> {
  return blocMetadata(await props(params));
}

export default async function CachedBlocPage({ params }: PageProps<"/[locale]/blocs/[slug]/view/[today]/[search]">) {
  await pageLocale(params);
  return <BlocPage {...await props(params)} />;
}
