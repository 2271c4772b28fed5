import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { formatDate } from "@/server/shared/dates";
import { EmptyState } from "@/app/_components/empty-state";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dayFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Blocs",
  description:
    "Groups of governments — the EU, BRICS, the SCO, the Freedom Online Coalition — with dated, sourced membership, and where their members stand.",
};

/** `/blocs`: every bloc with its member count today. */
async function BlocsPage({ today }: { today: string }) {
  await dependsOn(viewTags.blocs);
  const blocs = await getQueryClient().fetchQuery(trpc.blocs.list.queryOptions({ at: today }));
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Blocs</h1>
        <p className="text-slate-700">
          Groups of governments with dated membership, each period with its source: who belonged on any date, where the
          members stand topic by topic, and how cohesive each bloc is. The matrix can filter to a bloc, or show one row
          per bloc.
        </p>
      </header>
      {blocs.length === 0 ? (
        <EmptyState>No bloc is recorded yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Blocs">
          {blocs.map((bloc) => (
            <li key={bloc.slug} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <Link href={`/blocs/${bloc.slug}`} className="text-lg font-semibold hover:underline">
                {bloc.name}
              </Link>
              <span className="text-sm text-slate-600">
                {bloc.memberCount} members as of {formatDate(today)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedBlocsPage({ params }: PageProps<"/[locale]/blocs/view/[today]">) {
  await pageLocale(params);
  return <BlocsPage today={dayFromKey((await params).today)} />;
}
