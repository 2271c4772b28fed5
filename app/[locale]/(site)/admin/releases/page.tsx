import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/server/shared/dates";
import { PublishReleaseForm } from "./publish-release-form";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Releases" };

export default async function AdminReleasesPage({ params }: PageProps<"/[locale]/admin/releases">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("admin", "/admin/releases"))) return <NotAllowed role="admin" what="publish data releases" />;
  const queryClient = getQueryClient();
  const [preview, releases] = await Promise.all([
    queryClient.fetchQuery(trpc.releases.preview.queryOptions()),
    queryClient.fetchQuery(trpc.releases.list.queryOptions()),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: "Administration" }} current="Releases" title="Data releases" />
      <p className="text-slate-700">
        A release freezes every approved position as it stands now, with its sources, into numbered CSV and JSON files
        that never change (the database refuses it). Readers download and cite them on{" "}
        <Link href="/data" className="underline">
          /data
        </Link>
        .
      </p>
      <PublishReleaseForm preview={preview} />
      <section aria-labelledby="published-heading" className="space-y-2">
        <h2 id="published-heading" className="text-xl font-semibold">
          Published
        </h2>
        {releases.length === 0 ? (
          <p className="text-slate-600">None yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {releases.map((r) => (
              <li key={r.version} className="p-3 text-sm">
                <Link href={`/data/releases/${r.version}`} className="font-semibold underline">
                  Release {r.version}
                </Link>{" "}
                · {formatDate(r.publishedAt.slice(0, 10))} by {r.publishedBy} · {r.positions} positions ·{" "}
                {r.changelog.added.length} added, {r.changelog.changed.length} changed, {r.changelog.withdrawn.length}{" "}
                withdrawn
                <p className="text-slate-700">{r.note}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
