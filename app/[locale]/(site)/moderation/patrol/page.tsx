import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { NotAllowed } from "@/app/_components/not-allowed";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { ModerationTabs } from "../moderation-tabs";
import { PatrolCard } from "./patrol-card";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Patrol · Moderation" };

export default async function PatrolPage({ params }: PageProps<"/[locale]/moderation/patrol">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("moderator", "/moderation/patrol")))
    return <NotAllowed role="moderator" what="patrol published edits" />;
  const queryClient = getQueryClient();
  const [patrol, events] = await Promise.all([
    queryClient.fetchQuery(trpc.moderation.patrolQueue.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
  ]);
  const eventNames = new Map(events.map((e) => [e.slug, e.name]));
  const eventName = (slug: string | null) => (slug ? (eventNames.get(slug) ?? slug) : "None");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Moderation</h1>
        <p className="text-slate-700">
          Trusted contributors&apos; edits are published at once and wait here, oldest first, for a moderator to mark
          them patrolled or revert them.
        </p>
      </header>
      <ModerationTabs current="patrol" />
      <p className="text-sm text-slate-600" aria-live="polite">
        {patrol.total === 0
          ? ""
          : patrol.total === patrol.items.length
            ? `${patrol.total} unpatrolled`
            : `The oldest ${patrol.items.length} of ${patrol.total} unpatrolled`}
      </p>
      {patrol.items.length === 0 ? (
        <EmptyState>Nothing to patrol: every published edit of a trusted contributor has been checked.</EmptyState>
      ) : (
        <div className="space-y-4">
          {patrol.items.map((item) => (
            <PatrolCard key={item.revisionId} item={item} eventName={eventName} />
          ))}
        </div>
      )}
    </div>
  );
}
