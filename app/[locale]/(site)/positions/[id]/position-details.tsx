import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { isCanonicalPositionId } from "@/server/cache/view-routes";
import { positionIdSchema } from "@/server/schemas/positions";
import { statedOnIn, translationIn } from "@/server/i18n/translation";
import { withNameIn } from "@/server/i18n/government-names";
import { writtenIn } from "@/app/_components/use-stored-text";
import { textsIn, withSummaryIn } from "@/server/i18n/stored-texts";
import { ClientMessages } from "@/app/_components/client-messages";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { PageTitle } from "@/app/_components/page-title";
import { PositionEndNote } from "@/app/_components/position-end";
import { Recorded, StatedOn } from "@/app/_components/stated-on";
import { RecordLinks } from "@/app/_components/record-links";
import { RevisionDiff } from "@/app/_components/revision-diff";
import { recordsOfPosition } from "@/db/dataset/record-pages/record-reading";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { getQueryClient, readerTrpc, trpc } from "@/app/_trpc/server";
import { StanceBadge } from "../../matrix/stance-badge";
import { GovernmentReply } from "@/app/_components/government-reply";
import { WatchToggle } from "@/app/_components/watch-toggle";
import { ReasonAction } from "./reason-action";
import { ReplyForm } from "./reply-form";
import { RevisionEntry } from "./revision-entry";

/**
 * Who the page is for: a moderator sees what readers do not (withdrawn positions, proposals, revert
 * buttons); `representing` is the government a signed-in representative speaks for (a reply form on its positions).
 */
export type PositionViewer = { idParam: string; moderator: boolean; representing?: string | null };

/** The position id in the URL, or the 404 page (also for `0071` or `71.`: one page, one cache entry, per position). */
export function positionIdFrom(idParam: string): number {
  const id = positionIdSchema.safeParse(idParam);
  if (!id.success || !isCanonicalPositionId(idParam)) notFound();
  return id.data;
}

async function load({ idParam, moderator, representing = null }: PositionViewer) {
  const id = positionIdFrom(idParam);
  const queryClient = getQueryClient();
  const locale = await getLocale();
  // Readers' pages are cached, so they are read as an anonymous reader; a moderator's is read as them.
  const [record, events, replies] = await Promise.all([
    orNotFound(
      queryClient.fetchQuery(
        moderator ? trpc.moderation.record.queryOptions({ id }) : readerTrpc.positions.record.queryOptions({ id }),
      ),
    ),
    queryClient.fetchQuery(readerTrpc.events.list.queryOptions()),
    orNotFound(
      queryClient.fetchQuery(
        moderator ? trpc.moderation.replies.queryOptions({ id }) : readerTrpc.replies.forPosition.queryOptions({ id }),
      ),
    ),
  ]);
  const government = withNameIn(locale, record.government);
  return {
    locale,
    record: {
      ...record,
      topic: textsIn(locale, record.topic),
      revisions: record.revisions.map((revision) => withSummaryIn(locale, revision)),
    },
    government,
    events: events.map((event) => textsIn(locale, event)),
    replies: replies.map((reply) => ({ ...reply, government })),
    moderator,
    mayReply: representing !== null && representing === record.government.iso3 && record.published,
  };
}

export async function positionMetadata(viewer: PositionViewer): Promise<Metadata> {
  const { locale, record, government } = await load(viewer);
  const t = await getTranslations("position");
  const precision = record.revisions.find((r) => r.current)?.datePrecision ?? "day";
  const date = statedOnIn(await translationIn(locale), record.statedOn, precision);
  return {
    title: t("metaTitle", { government: government.name, topic: record.topic.title, date }),
    description: t("metaDescription"),
  };
}

/** A position's page: its current content and every version, each with what it changed. Moderators can revert and withdraw here. */
export async function PositionDetails(viewer: PositionViewer) {
  const { locale, record, government, events, replies, moderator, mayReply } = await load(viewer);
  const t = await getTranslations("position");
  const eventsBySlug = new Map(events.map((e) => [e.slug, e]));
  const eventName = (slug: string | null) => (slug ? (eventsBySlug.get(slug)?.name ?? slug) : t("noEvent"));
  const current = record.revisions.find((r) => r.current);
  const approved = record.revisions.filter((r) => r.status === "approved");
  const newestFirst = [...record.revisions].reverse();
  const page = (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <PageTitle
          parent={{ href: `/governments/${record.government.iso3}`, label: government.name }}
          current={t("breadcrumb", { id: record.id })}
          title={t.rich("title", {
            government: government.name,
            topic: () => <span {...writtenIn(locale, record.topic.lang)}>{record.topic.title}</span>,
          })}
        />
        <p className="text-slate-700">
          {current ? (
            <Recorded evidence={current.evidence} date={record.statedOn} precision={current.datePrecision} />
          ) : (
            t.rich("dated", { date: () => <StatedOn date={record.statedOn} precision="day" /> })
          )}{" "}
          ·{" "}
          <Link className="underline" href={`/topics/${record.topic.slug}`}>
            {t("aboutTopic")}
          </Link>{" "}
          ·{" "}
          <Link
            className="underline"
            href={`/matrix?at=${record.statedOn}&cell=${record.government.iso3}.${record.topic.slug}`}
          >
            {t("inMatrix")}
          </Link>
          {current?.event && (
            <>
              {" "}
              ·{" "}
              <Link
                className="underline"
                href={`/events/${current.event}`}
                {...writtenIn(locale, eventsBySlug.get(current.event)?.lang)}
              >
                {eventName(current.event)}
              </Link>
            </>
          )}
        </p>
        <RecordLinks
          records={recordsOfPosition(record.government.iso3, record.topic.slug, record.statedOn)}
          className="text-slate-700"
        />
        {current?.end && <PositionEndNote end={current.end} className="text-slate-700" />}
        {record.published && record.contestedNote && <ContestedNotice note={record.contestedNote} />}
        {!record.published && (
          <p className="rounded-md bg-amber-100 p-3 text-amber-950">
            {t("notPublic", { reason: current?.hidesPosition ? "withdrawn" : "unapproved" })}
          </p>
        )}
      </header>
      {current && (
        <section
          aria-labelledby="current-heading"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="current-heading" className="flex items-center gap-3 text-xl font-semibold">
            {t("current")} <StanceBadge stance={current.stance} /> <EvidenceBadge evidence={current.evidence} link />
          </h2>
          <RevisionDiff from={null} to={current} eventName={eventName} />
          <div className="flex flex-wrap gap-3">
            {record.published && (
              <Link className="btn-secondary" href={`/contribute?position=${record.id}`}>
                {t("proposeEdit")}
              </Link>
            )}
            {record.published && (
              <Link className="btn-secondary" href={`/positions/${record.id}/flag`}>
                {t("flag")}
              </Link>
            )}
            {record.published && (
              <WatchToggle
                kind="position"
                target={String(record.id)}
                name={t("watchName", { government: government.name, topic: record.topic.title })}
              />
            )}
            {moderator && record.published && (
              <ReasonAction kind="withdraw" positionId={record.id} seenRevisionId={current.id} />
            )}
            {moderator && record.published && (
              <ReasonAction kind={record.contestedNote ? "uncontest" : "contest"} positionId={record.id} />
            )}
          </div>
        </section>
      )}
      {(replies.length > 0 || mayReply) && (
        <section aria-labelledby="replies-heading" className="space-y-3">
          <h2 id="replies-heading" className="text-xl font-semibold">
            {t("replies")}
          </h2>
          {replies.map((reply) => (
            <GovernmentReply key={reply.id} reply={reply}>
              {moderator && !reply.hidden && <ReasonAction kind="hideReply" replyId={reply.id} />}
            </GovernmentReply>
          ))}
          {mayReply && <ReplyForm positionId={record.id} government={government.name} />}
        </section>
      )}
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          {t("history")}
        </h2>
        <p className="text-sm text-slate-600">
          {t(moderator ? "historyNoteModerator" : "historyNote", { count: approved.length })}
        </p>
        <ol className="space-y-3">
          {newestFirst.map((revision) => {
            const previous = approved.filter((r) => r.id < revision.id).at(-1) ?? null;
            return (
              <li key={revision.id}>
                <RevisionEntry revision={revision} previous={previous} eventName={eventName} showStatus={moderator}>
                  {moderator && current && revision.status === "approved" && !revision.current && (
                    <ReasonAction kind="revert" revisionId={revision.id} seenRevisionId={current.id} />
                  )}
                </RevisionEntry>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
  // A moderator's buttons and a representative's reply form call tRPC from the browser; a reader's page does not load its client.
  return moderator || mayReply ? (
    <TRPCReactProvider>
      <ClientMessages namespaces={["positionActions", "forms", "watch"]}>{page}</ClientMessages>
    </TRPCReactProvider>
  ) : (
    page
  );
}
