import Link from "next/link";
import { connection } from "next/server";
import { WTPF_2013_SOURCE } from "@/db/seed-data/positions";
import { StanceLegend } from "./_components/stance-legend";
import { trpc, getQueryClient } from "./_trpc/server";

export default async function HomePage() {
  await connection(); // reads the database: render per request, never at build time
  const stats = await getQueryClient().fetchQuery(trpc.stats.site.queryOptions());

  return (
    <div className="space-y-12">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Where governments stand on Internet governance</h1>
        <p className="text-lg text-slate-700">
          Should the Internet be governed by the <strong>multistakeholder</strong> model — governments as one
          stakeholder among civil society, industry and the technical community, as at the IGF, ICANN and the RIRs — or{" "}
          <strong>intergovernmentally</strong>, with governments deciding through a body such as the ITU? Stance
          Atlas records each government&apos;s stated position, topic by topic and over time, with the source for
          every one.
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          <Link href="/matrix" className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700">
            Open the comparison matrix
          </Link>
          <Link href="/topics" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            Browse topics
          </Link>
          <Link href="/governments" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            Browse governments
          </Link>
        </div>
      </section>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading" className="sr-only">The record so far</h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Stat label="Governments" value={stats.governments} href="/governments" />
          <Stat label="Topics" value={stats.topics} href="/topics" />
          <Stat label="Events" value={stats.events} href="/api/v1/events" />
          <Stat label="Sourced positions" value={stats.positions} href="/matrix" />
        </dl>
      </section>

      <section aria-labelledby="scale-heading" className="space-y-3">
        <h2 id="scale-heading" className="text-xl font-semibold">The stance scale</h2>
        <p className="max-w-3xl text-slate-700">
          Every position is placed on one five-point scale, from the multistakeholder pole to the intergovernmental
          pole. What each pole means is spelled out for every topic. A government with nothing on record has no
          recorded position — never a guess.
        </p>
        <StanceLegend />
      </section>

      <section aria-labelledby="sources-heading" className="max-w-3xl space-y-3">
        <h2 id="sources-heading" className="text-xl font-semibold">Built on sources</h2>
        <p className="text-slate-700">
          Positions come from reports of who said what, where and when — such as the Center for Democracy &amp;
          Technology&apos;s{" "}
          <a className="underline hover:text-slate-950" href={WTPF_2013_SOURCE}>
            report on the 2013 World Telecommunication/ICT Policy Forum
          </a>
          . Signed-in contributors propose positions with their sources; moderators review every edit, and every
          version is kept.
        </p>
      </section>
    </div>
  );
}

function Stat({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-3xl font-semibold tabular-nums">
        <Link href={href} className="hover:underline">
          {value.toLocaleString("en")}
        </Link>
      </dd>
    </div>
  );
}
