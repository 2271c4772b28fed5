import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { EmptyState } from "@/app/_components/empty-state";
import { NotAllowed } from "@/app/_components/not-allowed";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/server/shared/dates";
import { StanceBadge } from "../../matrix/stance-badge";
import { ModerationTabs } from "../moderation-tabs";
import { ResolveFlag } from "./resolve-flag";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Flags · Moderation" };

export default async function FlagsPage({ params }: PageProps<"/[locale]/moderation/flags">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("moderator", "/moderation/flags"))) return <NotAllowed role="moderator" what="resolve flags" />;
  const { items, total } = await getQueryClient().fetchQuery(trpc.flags.queue.queryOptions());
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Moderation</h1>
        <p className="text-slate-700">
          Readers&apos; flags of positions that may be wrong, oldest first. Contest the position, fix it with an edit,
          or dismiss the flag.
        </p>
      </header>
      <ModerationTabs current="flags" />
      <p className="text-sm text-slate-600" aria-live="polite">
        {total === 0 ? "" : total === items.length ? `${total} open` : `The oldest ${items.length} of ${total} open`}
      </p>
      {items.length === 0 ? (
        <EmptyState>No open flags.</EmptyState>
      ) : (
        <div className="space-y-4">
          {items.map((flag) => {
            const what = `${flag.position.government} · ${flag.position.topicTitle}`;
            return (
              <article
                key={flag.id}
                aria-labelledby={`flag-${flag.id}`}
                className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
              >
                <header className="flex flex-wrap items-center justify-between gap-2">
                  <h2 id={`flag-${flag.id}`} className="flex flex-wrap items-center gap-2 font-semibold">
                    {what} · {formatDate(flag.position.statedOn)}{" "}
                    {flag.position.stance && <StanceBadge stance={flag.position.stance} />}
                  </h2>
                  <span className="text-sm text-slate-600">
                    Flagged by {flag.by} ·{" "}
                    <time dateTime={flag.createdAt}>{formatDate(flag.createdAt.slice(0, 10))}</time>
                    {flag.alsoFlagged > 0 &&
                      ` · ${flag.alsoFlagged} more open ${flag.alsoFlagged === 1 ? "flag" : "flags"} on it`}
                  </span>
                </header>
                <blockquote className="border-s-4 border-slate-300 ps-3 whitespace-pre-line text-slate-800">
                  {flag.reason}
                </blockquote>
                {flag.position.contestedNote && <ContestedNotice note={flag.position.contestedNote} />}
                <p className="flex flex-wrap gap-4 text-sm">
                  <Link className="underline" href={`/positions/${flag.position.id}`}>
                    The position and its history
                  </Link>
                  <Link className="underline" href={`/contribute?position=${flag.position.id}`}>
                    Edit it
                  </Link>
                </p>
                <ResolveFlag flagId={flag.id} what={what} />
              </article>
            );
          })}
        </div>
      )}
    </div>
  );
}
