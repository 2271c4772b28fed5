import Link from "@/app/_components/link";
import { Suspense } from "react";
import { PageSection } from "@/app/_components/page-section";
import { StanceLegend } from "@/app/_components/stance-legend";
import { StorySentence } from "@/app/_components/story-sentence";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc } from "@/app/_trpc/server";
import { MatrixSection } from "@/app/[locale]/(site)/matrix/matrix-section";
import { MatrixSkeleton } from "@/app/[locale]/(site)/matrix/matrix-skeleton";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { type CachedViewProps, dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { previewImage } from "@/app/_components/preview-image";
import { pageLocale } from "@/server/i18n/page-locale";

/**
 * The first screen tells the story: one sentence computed from the data, then the matrix
 * itself, opened on the topics with enough data to compare and the governments on record.
 */
async function HomePage({ today, search }: CachedViewProps) {
  await dependsOn(viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs);
  const params = loadMatrixParams(new URLSearchParams(search));
  const story = await getQueryClient().fetchQuery(
    readerTrpc.stats.story.queryOptions(params.at ? { at: params.at } : undefined),
  );

  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h1 className="text-xl font-bold tracking-tight sm:text-3xl">Where governments stand on Internet governance</h1>
        <StorySentence story={story} />
        <StanceLegend compact />
      </section>

      <section aria-label="The comparison matrix">
        <Suspense fallback={<MatrixSkeleton />}>
          <MatrixSection
            today={today}
            search={search}
            topics={params.topics}
            at={params.at}
            evidence={params.evidence}
            defaultTopics={story.featured}
          />
        </Suspense>
      </section>

      <PageSection id="about" title="What Stance Atlas records" className="max-w-3xl space-y-3 text-slate-700">
        <p>
          Should the Internet be governed by the <strong>multistakeholder</strong> model — governments as one
          stakeholder among civil society, industry and the technical community, as at the IGF, ICANN and the RIRs — or{" "}
          <strong>intergovernmentally</strong>, with governments deciding through a body such as the ITU? Stance Atlas
          records where governments stand, topic by topic and over time — from what they said, how they voted, what they
          signed and what they tabled — with the source for every record.
        </p>
        <p>
          Positions come from public records — what a government said, how it voted, what it tabled and what it joined —
          coded by a{" "}
          <Link className="underline" href="/methodology">
            published method
          </Link>
          . A government with nothing on record has no recorded position: never a guess.
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
          <a className="underline" href="/api/v1/openapi.json">
            Data API
          </a>
        </p>
      </PageSection>
    </div>
  );
}

export const metadata = previewImage("/og/matrix", "How governments stand on each topic of Internet governance today", {
  title: "Stance Atlas — where governments stand on Internet governance",
  description:
    "Where governments stand on multistakeholder versus intergovernmental Internet governance, topic by topic and over time, from what they said, how they voted, what they signed and what they tabled — with the sources.",
});
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedHomePage({ params }: PageProps<"/[locale]/view/[today]/[search]">) {
  await pageLocale(params);
  const { today, search } = await params;
  return <HomePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
