import type { Metadata } from "next";
import { Suspense } from "react";
import { StanceLegend } from "@/app/_components/stance-legend";
import { StorySentence } from "@/app/_components/story-sentence";
import { previewImage } from "@/app/_components/preview-image";
import { dependsOn } from "@/server/cache/depends-on";
import { MATRIX_DEPENDS_ON, matrixDefaults, onlyTopic } from "@/app/(site)/matrix/matrix-defaults";
import { MatrixSection } from "@/app/(site)/matrix/matrix-section";
import { MatrixSkeleton } from "@/app/(site)/matrix/matrix-skeleton";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { type CachedViewProps, dayFromKey, searchFromKey } from "@/server/cache/cached-route";

const DESCRIPTION =
  "Every government's stance on every topic of Internet governance — multistakeholder or intergovernmental — as of any date, with the evidence.";

/** The matrix view's metadata: its preview image shows the view the query describes. */
function matrixMetadata(search: string): Metadata {
  return {
    title: "Comparison matrix",
    description: DESCRIPTION,
    ...previewImage(
      `/og/matrix${search ? `?${search}` : ""}`,
      "How governments stand on each topic in this view of the comparison matrix",
      {
        title: "Stance Atlas comparison matrix",
        description: "Governments × topics, multistakeholder vs intergovernmental, over time.",
      },
    ),
  };
}

/** `/matrix`: rendered once per date and query, served from the page cache until a change it shows. */
async function MatrixPage({ today, search }: CachedViewProps) {
  await dependsOn(...MATRIX_DEPENDS_ON);
  const { topics, at, evidence } = loadMatrixParams(new URLSearchParams(search));
  const { story, allTopics, defaultTopics } = await matrixDefaults();
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Comparison matrix</h1>
        <StorySentence story={story} />
        <p className="hidden max-w-4xl text-sm text-slate-600 sm:block">
          Each cell is a government&apos;s stance on a topic as of the chosen date: its newest approved position on
          record by that day (a statement, a vote, a text it tabled or one it endorsed) that had not ended by then, as a
          coalition left ends one. Select a cell for the evidence; arrow keys move through the grid.
        </p>
        <StanceLegend compact poles={onlyTopic(topics, defaultTopics, allTopics)} />
      </header>
      <Suspense fallback={<MatrixSkeleton />}>
        <MatrixSection
          today={today}
          search={search}
          topics={topics}
          at={at}
          evidence={evidence}
          defaultTopics={defaultTopics}
        />
      </Suspense>
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/matrix/view/[today]/[search]">) {
  return matrixMetadata(searchFromKey((await params).search));
}

export default async function CachedMatrixPage({ params }: PageProps<"/matrix/view/[today]/[search]">) {
  const { today, search } = await params;
  return <MatrixPage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
