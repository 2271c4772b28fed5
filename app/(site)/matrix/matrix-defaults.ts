import "server-only";
import { getQueryClient, readerTrpc } from "@/app/_trpc/server";
import { viewTags } from "@/server/cache/view-tags";

/** The story sentence's figures, and the matrix's columns when the URL names none: every topic, the ones with the most data first. */
export async function matrixDefaults() {
  const [story, allTopics] = await Promise.all([
    getQueryClient().fetchQuery(readerTrpc.stats.story.queryOptions()),
    getQueryClient().fetchQuery(readerTrpc.topics.list.queryOptions()),
  ]);
  const defaultTopics = [...story.featured, ...allTopics.map((t) => t.slug).filter((slug) => !story.featured.includes(slug))];
  return { story, defaultTopics };
}

/** What every matrix view shows: a change to any of it drops the cached page. */
export const MATRIX_DEPENDS_ON = [viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs];
