import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { StanceLegend } from "../_components/stance-legend";
import { MatrixSection } from "./matrix-section";
import { MatrixSkeleton } from "./matrix-skeleton";
import { loadMatrixParams } from "./search-params";

export const metadata: Metadata = {
  title: "Comparison matrix",
  description: "Every government's stance on every topic of Internet governance — multistakeholder or intergovernmental — as of any date, with the evidence.",
  openGraph: { title: "Stance Atlas comparison matrix", description: "Governments × topics, multistakeholder vs intergovernmental, over time." },
};

export default async function MatrixPage({ searchParams }: PageProps<"/matrix">) {
  await connection();
  const { topics, at } = await loadMatrixParams(searchParams);
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Comparison matrix</h1>
        <p className="max-w-3xl text-slate-700">
          Each cell is a government&apos;s stance on a topic as of the chosen date: its newest approved position stated on or
          before that day. Select a cell for the evidence. Use the arrow keys to move through the grid.
        </p>
        <StanceLegend />
      </header>
      <Suspense fallback={<MatrixSkeleton />}>
        <MatrixSection topics={topics} at={at} />
      </Suspense>
    </div>
  );
}
