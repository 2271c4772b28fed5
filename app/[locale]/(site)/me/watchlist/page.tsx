import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { ChangeList } from "@/app/_components/change-list";
import { EmptyState } from "@/app/_components/empty-state";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/server/shared/dates";
import { AlertSettingsForm } from "./alert-settings-form";
import { FeedControls } from "./feed-controls";
import { UnwatchButton } from "./unwatch-button";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Your watchlist" };

const KIND_LABEL = { government: "Government", topic: "Topic", position: "Position" } as const;

/** `/me/watchlist`: what the reader watches, the approved changes to it, and their private feed. */
export default async function WatchlistPage({ params }: PageProps<"/[locale]/me/watchlist">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("contributor", "/me/watchlist"))) return <p>Your account cannot keep a watchlist.</p>;
  const queryClient = getQueryClient();
  const [{ items, changes, feed }, alerts] = await Promise.all([
    queryClient.fetchQuery(trpc.watches.mine.queryOptions()),
    queryClient.fetchQuery(trpc.alerts.mine.queryOptions()),
  ]);
  return (
    <div className="max-w-4xl space-y-8">
      <PageTitle parent={{ href: "/me", label: "Your account" }} current="Watchlist" title="Your watchlist" />
      <p className="text-slate-700">
        Watch a government, a topic or a position with the <strong>Watch</strong> button on its page; approved changes
        to what you watch are listed here and in your private feed.
      </p>
      <PageSection id="watching" title="What you watch">
        {items.length === 0 ? (
          <EmptyState>
            Nothing yet. Open a{" "}
            <Link href="/governments" className="underline">
              government
            </Link>
            , a{" "}
            <Link href="/topics" className="underline">
              topic
            </Link>{" "}
            or a position and choose Watch.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Watched">
            {items.map((item) => (
              <li
                key={`${item.kind}:${item.target}`}
                className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm"
              >
                <span>
                  <span className="me-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold">
                    {KIND_LABEL[item.kind]}
                  </span>
                  <Link className="font-medium underline" href={item.href}>
                    {item.name}
                  </Link>
                  <span className="ms-2 text-slate-600">since {formatDate(item.since.slice(0, 10))}</span>
                </span>
                <UnwatchButton kind={item.kind} target={item.target} name={item.name} />
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection id="changes" title="Recent changes to what you watch">
        {changes.length === 0 ? (
          <EmptyState>No approved change to what you watch yet.</EmptyState>
        ) : (
          <ChangeList changes={changes} />
        )}
      </PageSection>
      <PageSection id="feed" title="Private feed">
        <p className="text-sm text-slate-700">
          An Atom feed of the same changes for your feed reader. Its address is a secret: anyone who has it can read
          your watchlist&apos;s changes, so keep it to yourself.
        </p>
        <FeedControls on={feed} />
      </PageSection>
      <PageSection id="email" title="Email alerts">
        {alerts.available ? (
          <AlertSettingsForm settings={alerts.settings} moderator={alerts.moderator} />
        ) : (
          <p className="text-sm text-slate-700">
            This site does not send email (no mail server is configured), so there are no email alerts; the feed above
            works without one.
          </p>
        )}
      </PageSection>
    </div>
  );
}
