import "server-only";
import { type Database } from "@/db/client";
import { MatrixCard } from "@/app/_charts/cards/matrix-card";
import { type CardLanguage } from "@/app/_charts/cards/card-language";
import { type inferParserType } from "@/server/shared/url-state/query-params";
import { type matrixParsers } from "@/server/shared/url-state/matrix";
import { viewTags } from "@/server/cache/view-tags";
import { localize } from "@/server/i18n/localize";
import { listBlocs } from "@/server/services/blocs";
import { matrixAsOf } from "@/server/services/matrix";
import { listTopics } from "@/server/services/topics";
import { pngCard } from "@/server/http/figure-responses";

// A matrix view's preview image (`/og/matrix?…`, `/ar/og/matrix?…`). Keyed by what the card shows, not by the URL:
// views that show the same governments and topics (a search that matches nobody, whatever it says) share one drawing.

type MatrixState = Pick<
  inferParserType<typeof matrixParsers>,
  "at" | "topics" | "evidence" | "region" | "subregion" | "q" | "only" | "bloc"
>;

export async function matrixPreview(
  db: Database,
  state: MatrixState,
  today: string,
  lang: CardLanguage,
): Promise<Response> {
  const { at, topics, evidence, region, subregion, q, only, bloc } = state;
  const [topicRows, blocRows] = await Promise.all([listTopics(db), listBlocs(db)]);
  const [allTopics, blocs] = [localize(lang.locale, topicRows), localize(lang.locale, blocRows)];
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
  const scope = inBloc ? { bloc: inBloc.name } : region || subregion || q || only ? "view" : "all";
  const titles = new Map(allTopics.map((t) => [t.slug, t.title]));
  const ordered = Boolean(query.topics);
  // The tags of every matrix view (MATRIX_DEPENDS_ON): a change drops the pictures of the matrix as it was.
  const picture = {
    name: "matrix-card",
    locale: lang.locale,
    of: { matrix, titles: [...titles], scope, ordered },
    tags: [viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs],
  };
  return pngCard(picture, () => (
    <MatrixCard lang={lang} matrix={matrix} titles={titles} scope={scope} ordered={ordered} />
  ));
}
