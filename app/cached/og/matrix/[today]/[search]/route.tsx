import { db } from "@/db/server-db";
import { MatrixCard } from "@/app/_charts/cards/matrix-card";
import { loadMatrixParams } from "@/app/(site)/matrix/search-params";
import { MATRIX_DEPENDS_ON } from "@/app/(site)/matrix/matrix-defaults";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { dependsOn } from "@/server/cache/depends-on";
import { pngCard } from "@/server/http/figure-responses";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { listBlocs } from "@/server/services/blocs";
import { matrixAsOf } from "@/server/services/matrix";
import { listTopics } from "@/server/services/topics";
import { formatDate } from "@/server/shared/dates";

// A matrix view's preview image (`/og/matrix?…`, rewritten here like the page: view-routes.ts).

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/cached/og/matrix/[today]/[search]">) {
  const { today, search } = await params;
  await dependsOn(...MATRIX_DEPENDS_ON);
  return orNotFoundAnswer(async () => {
    const { at, topics, evidence, region, subregion, q, only, bloc } = loadMatrixParams(new URLSearchParams(searchFromKey(search)));
    const [allTopics, blocs] = await Promise.all([listTopics(db()), listBlocs(db())]);
    const known = topics?.filter((slug) => allTopics.some((t) => t.slug === slug));
    const inBloc = blocs.find((b) => b.slug === bloc);
    const query = { at: at ?? dayFromKey(today), topics: known?.length ? known : undefined, evidence: evidence ?? undefined, region: region ?? undefined, subregion: subregion ?? undefined, q: q ?? undefined, only: only ?? undefined, bloc: inBloc?.slug };
    const matrix = await matrixAsOf(db(), query);
    const scope = inBloc ? `governments in ${inBloc.name}` : region || subregion || q || only ? "governments in this view" : "governments";
    return pngCard(<MatrixCard matrix={matrix} titles={new Map(allTopics.map((t) => [t.slug, t.title]))} asOf={formatDate(matrix.at)} scope={scope} ordered={Boolean(query.topics)} />);
  });
}
