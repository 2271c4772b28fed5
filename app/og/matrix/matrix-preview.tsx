import "server-only";
import { type Database } from "@/db/client";
import { MatrixCard } from "@/app/_charts/cards/matrix-card";
import { type inferParserType } from "nuqs/server";
import { type matrixParsers } from "@/server/shared/url-state/matrix";
import { viewTags } from "@/server/cache/view-tags";
import { listBlocs } from "@/server/services/blocs";
import { matrixAsOf } from "@/server/services/matrix";
import { listTopics } from "@/server/services/topics";
import { formatDate } from "@/server/shared/dates";
import { pngCard } from "@/server/http/figure-responses";

// A matrix view's preview image (`/og/matrix?…`). Keyed by what the card shows, not by the URL:
// views that show the same governments and topics (a search that matches nobody, whatever it
// says) share one drawing.

type MatrixState = Pick<
  inferParserType<typeof matrixParsers>,
  "at" | "topics" | "evidence" | "region" | "subregion" | "q" | "only" | "bloc"
>;

export async function matrixPreview(db: Database, state: MatrixState, today: string): Promise<Response> {
  const { at, topics, evidence, region, subregion, q, only, bloc } = state;
  const [allTopics, blocs] = await Promise.all([listTopics(db), listBlocs(db)]);
  const known = topics?.filter((slug) => allTopics.some((t) => t.slug === slug));
  const inBloc = blocs.find((b) => b.slug === bloc);
  const query = {
    at: at ?? today,
    topics: known?.length ? known : undefined,
    evidence: evidence ?? undefined,
    region: region ?? undefined,
    subregion: subregion ?? undefined,
    q: q ?? undefined,
    only: only ?? undefined,
    bloc: inBloc?.slug,
  };
  const matrix = await matrixAsOf(db, query);
  const scope = inBloc
    ? `governments in ${inBloc.name}`
    : region || subregion || q || only
      ? "governments in this view"
      : "governments";
  const titles = new Map(allTopics.map((t) => [t.slug, t.title]));
  const card = { matrix, titles: [...titles], asOf: formatDate(matrix.at), scope, ordered: Boolean(query.topics) };
  // The tags of every matrix view (MATRIX_DEPENDS_ON): a change drops the pictures of the matrix as it was.
  const picture = {
    name: "matrix-card",
    of: card,
    tags: [viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs],
  };
  return pngCard(picture, () => (
    <MatrixCard matrix={matrix} titles={titles} asOf={card.asOf} scope={scope} ordered={card.ordered} />
  ));
}
