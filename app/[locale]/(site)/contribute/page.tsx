import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { currentSession } from "@/server/auth/session";
import { positionIdSchema } from "@/server/schemas/positions";
import { todayUtc } from "@/server/shared/dates";
import { searchParam } from "@/app/_components/search-param";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { ProposalForm } from "./proposal-form";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Contribute a position",
  description:
    "Record a government's position on an Internet governance topic, with its source. Moderators review every proposal.",
};

export default async function ContributePage({ params: route, searchParams }: PageProps<"/[locale]/contribute">) {
  await pageLocale(route);
  await connection();
  const params = await searchParams;
  const positionParam = searchParam(params.position);
  const session = await currentSession();
  if (!session?.user) {
    const here = positionParam ? `/contribute?position=${encodeURIComponent(positionParam)}` : "/contribute";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  }
  const positionId = positionParam === undefined ? null : positionIdSchema.safeParse(positionParam);
  if (positionId && !positionId.success) notFound();

  const queryClient = getQueryClient();
  const [governments, topics, events, editing] = await Promise.all([
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
    positionId
      ? orNotFound(queryClient.fetchQuery(trpc.positions.forEdit.queryOptions({ id: positionId.data })))
      : null,
  ]);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{editing ? "Propose an edit" : "Contribute a position"}</h1>
        <p className="text-slate-700">
          {editing
            ? `You are proposing a correction to ${editing.governmentName}'s position on “${editing.topicTitle}”. `
            : "Record what a government said, when, and where it is documented. "}
          A moderator reviews every proposal before it appears in the matrix; you can follow it on{" "}
          <Link className="underline" href="/me">
            your account page
          </Link>
          . Record only what a source states.
        </p>
      </header>
      <ProposalForm
        governments={governments.map((g) => ({ iso3: g.iso3, name: g.name }))}
        topics={topics}
        events={events}
        editing={editing}
        prefill={{ government: searchParam(params.government), topic: searchParam(params.topic) }}
        today={todayUtc()}
      />
    </div>
  );
}
