import "server-only";
import { getQueryClient, readerTrpc } from "@/app/_trpc/server";
import { viewTags } from "@/server/cache/view-tags";

/** The story sentence's figures, every topic, and the matrix's columns when the URL names none: every topic, the ones with the most data first. */
export async function matrixDefaults() {
  const [story, allTopics] = await Promise.all([
    getQueryClient().fetchQuery(readerTrpc.stats.story.queryOptions()),
    getQueryClient().fetchQuery(readerTrpc.topics.list.queryOptions()),
  ]);
  const defaultTopics = [
    ...story.featured,
    ...allTopics.map((t) => t.slug).filter((slug) => !story.featured.includes(slug)),
  ];
  return { story, allTopics, defaultTopics };
}

/** The columns shown, in order: the topics the URL names (unknown slugs in a hand-edited URL are dropped), else the default ones, else all. */
export function matrixColumns(
  named: string[] | null,
  defaultTopics: string[],
  allTopics: readonly { slug: string }[],
): string[] {
  const known = named?.filter((slug) => allTopics.some((t) => t.slug === slug));
  const byDefault = defaultTopics.filter((slug) => allTopics.some((t) => t.slug === slug));
  return known?.length ? known : byDefault.length ? byDefault : allTopics.map((t) => t.slug);
}

/** The one topic a view shows, if it shows one: its legend says what the two ends mean there. */
export function onlyTopic<T extends { slug: string }>(
  named: string[] | null,
  defaultTopics: string[],
  allTopics: readonly T[],
): T | undefined {
  const [slug, ...others] = matrixColumns(named, defaultTopics, allTopics);
  return others.length === 0 ? allTopics.find((t) => t.slug === slug) : undefined;
}

/** What every matrix view shows: a change to any of it drops the cached page. */
export const MATRIX_DEPENDS_ON = [viewTags.positions, viewTags.topics, viewTags.events, viewTags.blocs];
