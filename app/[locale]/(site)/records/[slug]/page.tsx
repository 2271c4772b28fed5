import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn, writtenIn } from "@/app/_components/use-stored-text";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { inLocale } from "@/server/i18n/government-names";
import { pageLocale } from "@/server/i18n/page-locale";
import { recordDates } from "@/app/[locale]/(site)/records/record-dates";
import { allTextsIn, textsIn } from "@/server/i18n/stored-texts";
import { recordTopics } from "@/server/services/records";
import { ruleAnchor } from "@/server/shared/method-rules";
import { RecordRows } from "../record-rows";
import { TallyTable } from "../record-tally";

// Rendered on its first request, then served from the page cache until a position on its topic changes
// (a row's position may be corrected or withdrawn) or the hour is up. The facts ship with the code.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<"/[locale]/records/[slug]">["params"]) {
  const { slug } = await params;
  await dependsOn(...recordTopics(slug).map(viewTags.topic), viewTags.topics, viewTags.events);
  return orNotFound(getQueryClient().fetchQuery(trpc.records.detail.queryOptions({ slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/records/[slug]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const record = await load(params);
  const t = await getTranslations({ locale, namespace: "records" });
  const description = t("metaDescription", { title: record.title, rows: record.rowCount });
  return { title: record.title, description, openGraph: { title: record.title, description } };
}

const Fact = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
    <dt className="font-medium text-slate-600">{term}</dt>
    <dd className="text-slate-800">{children}</dd>
  </div>
);

/** `/records/[slug]`: a public record, its tally against the official one, and what each row became. */
export default async function RecordPage({ params }: PageProps<"/[locale]/records/[slug]">) {
  const locale = await pageLocale(params);
  const record = await load(params);
  const queries = getQueryClient();
  const [topics, events, governments, t] = await Promise.all([
    queries.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    queries.fetchQuery(trpc.events.list.queryOptions()),
    queries.fetchQuery(trpc.governments.list.queryOptions()),
    getTranslations("records"),
  ]);
  const stored = storedTextIn(locale);
  const named = inLocale(locale, governments);
  const name = (iso3: string) => named.find((g) => g.iso3 === iso3)?.name ?? iso3;
  const sets = record.codedBy;
  const eventSlugs = [...new Set(sets.flatMap((s) => (s.event ? [s.event] : [])))];
  const topicSlugs = [...new Set(sets.map((s) => s.topic))];
  const periods = recordDates(locale, record, t("undated"));
  return (
    <article className="max-w-5xl space-y-8">
      <header className="space-y-3">
        <PageTitle
          parent={{ href: "/records", label: t("title") }}
          current={record.slug}
          title={<span {...stored}>{record.title}</span>}
        />
        <dl className="space-y-2 text-sm">
          <Fact term={t("facts.kind")}>{t(`kind.${record.kind}`)}</Fact>
          <Fact term={t("facts.dates")}>{periods}</Fact>
          {eventSlugs.length > 0 && (
            <Fact term={t("facts.event")}>
              {eventSlugs.map((slug) => {
                const event = events.find((e) => e.slug === slug);
                const shown = event ? textsIn(locale, event) : null;
                return (
                  <Link
                    key={slug}
                    href={`/events/${slug}`}
                    className="me-3 underline"
                    {...writtenIn(locale, shown?.lang)}
                  >
                    {shown?.name ?? slug}
                  </Link>
                );
              })}
            </Fact>
          )}
          {topicSlugs.map((slug) => {
            const topic = topics.find((tp) => tp.slug === slug);
            return (
              <Fact key={slug} term={t("facts.topic")}>
                <Link href={`/topics/${slug}`} className="underline" {...writtenIn(locale, topic?.lang)}>
                  {topic?.title ?? slug}
                </Link>
              </Fact>
            );
          })}
          {sets.map((set) => (
            <Fact key={set.id} term={t("facts.codedBy")}>
              <span {...stored}>{set.title}</span>:{" "}
              {set.methodRules.map((n, i) => (
                <span key={n}>
                  {i > 0 && ", "}
                  <Link href={`/methodology#${ruleAnchor(n)}`} className="underline">
                    {t("ruleLink", { number: n })}
                  </Link>
                </span>
              ))}{" "}
              (
              <Link href={`/methodology#set-${set.id}`} className="underline">
                {t("howCoded")}
              </Link>
              )
            </Fact>
          ))}
          {record.bloc && (
            <Fact term={t("facts.bloc")}>
              {t.rich("notCodedAsPositions", {
                bloc: () => (
                  <Link href={`/blocs/${record.bloc}`} className="underline">
                    {record.bloc}
                  </Link>
                ),
              })}
            </Fact>
          )}
          <Fact term={t("facts.coverage")}>
            {record.coverage === "partial" ? (
              <strong className="me-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 uppercase">
                {t("partial")}
              </strong>
            ) : (
              <span className="me-1">{t("complete")}</span>
            )}
            {record.gaps && <span {...stored}>{record.gaps}</span>}
          </Fact>
          <Fact term={t("facts.downloads")}>
            <a href={`/api/v1/records/${record.slug}.csv`} className="me-3 underline" download>
              {t("downloadCsv")}
            </a>
            <a href={`/api/v1/records/${record.slug}`} className="underline">
              {t("downloadJson")}
            </a>
          </Fact>
        </dl>
      </header>

      <PageSection id="tally" title={t("tallyTitle")}>
        <TallyTable record={record} />
      </PageSection>

      <PageSection id="sources" title={t("sourcesTitle")}>
        {record.sources.length <= 3 ? (
          <ul className="list-disc ps-5 text-sm">
            {record.sources.map((url) => (
              <li key={url}>
                <a href={url} className="break-all underline" rel="noopener noreferrer">
                  {url}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">{t("eachRowSource", { count: record.sources.length })}</p>
        )}
      </PageSection>

      <PageSection id="rows" title={t("rowsTitle", { count: record.rowCount })}>
        <RecordRows rows={record.rows} name={name} />
      </PageSection>
    </article>
  );
}
