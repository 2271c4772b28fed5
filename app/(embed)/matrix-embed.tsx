import { Suspense } from "react";
import { StanceLegend } from "@/app/_components/stance-legend";
import { dependsOn } from "@/server/cache/depends-on";
import { MatrixSection } from "../(site)/matrix/matrix-section";
import { MatrixSkeleton } from "../(site)/matrix/matrix-skeleton";
import { MATRIX_DEPENDS_ON, matrixDefaults, onlyTopic } from "../(site)/matrix/matrix-defaults";
import { loadMatrixParams } from "../(site)/matrix/search-params";
import { type CachedViewProps } from "../(site)/matrix/cached-view-props";
import { EmbedFooter } from "./embed-footer";

/** `/embed/matrix?…`: the matrix view its URL describes (the same parameters as `/matrix`), to explore inside a frame. */
export async function MatrixEmbed({ today, search }: CachedViewProps) {
  await dependsOn(...MATRIX_DEPENDS_ON);
  const { topics, at, evidence } = loadMatrixParams(new URLSearchParams(search));
  const { allTopics, defaultTopics } = await matrixDefaults();
  return (
    <>
      <header className="space-y-2">
        <h1 className="text-lg font-bold tracking-tight">Where governments stand on Internet governance</h1>
        <StanceLegend compact wrap poles={onlyTopic(topics, defaultTopics, allTopics)} />
      </header>
      <Suspense fallback={<MatrixSkeleton />}>
        <MatrixSection today={today} search={search} topics={topics} at={at} evidence={evidence} defaultTopics={defaultTopics} />
      </Suspense>
      <EmbedFooter at={at ?? today} fullView={`/matrix${search ? `?${search}` : ""}`} />
    </>
  );
}
