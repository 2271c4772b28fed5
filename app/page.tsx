import Link from "next/link";
import { PageSection } from "./_components/page-section";
import { connection } from "next/server";
import { Suspense } from "react";
import { WTPF_2013_SOURCE } from "@/db/dataset/files";
import { StanceLegend } from "./_components/stance-legend";
import { getQueryClient, trpc } from "./_trpc/server";
import { MatrixSection } from "./matrix/matrix-section";
import { MatrixSkeleton } from "./matrix/matrix-skeleton";
import { loadMatrixParams } from "./matrix/search-params";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  await connection(); // reads the database: render per request, never at build time
  const [{ topics, at }, stats] = await Promise.all([
    loadMatrixParams(searchParams),
    getQueryClient().fetchQuery(trpc.stats.site.queryOptions()),
  ]);

  return (
    <div className="space-y-8">
      <section className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-3">
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Where governments stand on Internet governance</h1>
          <p className="text-lg text-slate-700">
            Should the Internet be governed by the <strong>multistakeholder</strong> model — governments as one stakeholder
            among civil society, industry and the technical community, as at the IGF, ICANN and the RIRs — or{" "}
            <strong>intergovernmentally</strong>, with governments deciding through a body such as the ITU? Stance Atlas
            records each government&apos;s stated position, topic by topic and over time, with the source for every one.
          </p>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link className="font-medium underline" href="/matrix">
              Open the comparison matrix
            </Link>
            <Link className="underline" href="/topics">
              Browse topics
            </Link>
            <Link className="underline" href="/governments">
              Browse governments
            </Link>
            <Link className="underline" href="/api/v1/openapi.json">
              Data API
            </Link>
          </p>
        </div>
        <dl className="grid grid-cols-2 gap-3 self-start" aria-label="The record so far">
          <Stat label="Governments" value={stats.governments} />
          <Stat label="Topics" value={stats.topics} />
          <Stat label="Events" value={stats.events} />
          <Stat label="Sourced positions" value={stats.positions} />
        </dl>
      </section>

      <PageSection id="scale" title="The stance scale" className="space-y-2">
        <StanceLegend />
      </PageSection>

      <PageSection id="matrix" title="The comparison matrix">
        <Suspense fallback={<MatrixSkeleton />}>
          <MatrixSection topics={topics} at={at} />
        </Suspense>
      </PageSection>

      <PageSection id="sources" title="Built on sources" className="max-w-3xl space-y-2">
        <p className="text-slate-700">
          Positions come from reports of who said what, where and when — such as the Center for Democracy &amp;
          Technology&apos;s{" "}
          <a className="underline hover:text-slate-950" href={WTPF_2013_SOURCE}>
            report on the 2013 World Telecommunication/ICT Policy Forum
          </a>
          . A government with nothing on record has no recorded position — never a guess.
        </p>
      </PageSection>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString("en")}</dd>
    </div>
  );
}
