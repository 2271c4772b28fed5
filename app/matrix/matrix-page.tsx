import type { Metadata } from "next";
import { Suspense } from "react";
import { StanceLegend } from "../_components/stance-legend";
import { StorySentence } from "../_components/story-sentence";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { getQueryClient, readerTrpc } from "../_trpc/server";
import { MatrixSection } from "./matrix-section";
import { MatrixSkeleton } from "./matrix-skeleton";
import { type CachedViewProps } from "./cached-view-props";
import { loadMatrixParams } from "./search-params";

export const metadata: Metadata = {
  title: "Comparison matrix",
  description: "Every government's stance on every topic of Internet governance — multistakeholder or intergovernmental — as of any date, with the evidence.",
  openGraph: { title: "Stance Atlas comparison matrix", description: "Governments × topics, multistakeholder vs intergovernmental, over time." },
};

/** `/matrix`: rendered once per date and query, served from the page cache until a change it shows. */
export async function MatrixPage({ today, search }: CachedViewProps) {
  await dependsOn(viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs);
  const { topics, at, evidence } = loadMatrixParams(new URLSearchParams(search));
  const [story, allTopics] = await Promise.all([
    getQueryClient().fetchQuery(readerTrpc.stats.story.queryOptions()),
    getQueryClient().fetchQuery(readerTrpc.topics.list.queryOptions()),
  ]);
  // Every topic, the ones with the most data first.
  const defaultTopics = [...story.featured, ...allTopics.map((t) => t.slug).filter((slug) => !story.featured.includes(slug))];
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Comparison matrix</h1>
        <StorySentence story={story} />
        <p className="hidden max-w-4xl text-sm text-slate-600 sm:block">
          Each cell is a government&apos;s stance on a topic as of the chosen date: its newest approved position stated on or
          before that day. Select a cell for the evidence; arrow keys move through the grid.
        </p>
        <StanceLegend compact />
      </header>
      <Suspense fallback={<MatrixSkeleton />}>
        <MatrixSection today={today} search={search} topics={topics} at={at} evidence={evidence} defaultTopics={defaultTopics} />
      </Suspense>
    </div>
  );
}
