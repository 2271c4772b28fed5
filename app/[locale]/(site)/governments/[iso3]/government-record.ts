import "server-only";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { type Locale } from "@/server/i18n/locales";
import { allTextsIn, withSummaryIn } from "@/server/i18n/stored-texts";
import { toTimelineEntry } from "@/server/shared/timeline";

/**
 * What a government's page and its embed show (declared as the cached page's tags): the government,
 * the topics, its positions (newest first) and as timeline entries (oldest first), the events, and
 * its representatives' replies to its positions.
 */
export async function governmentRecord(iso3: string, locale: Locale) {
  await dependsOn(viewTags.government(iso3), viewTags.topics, viewTags.events);
  const queryClient = getQueryClient();
  const government = await orNotFound(queryClient.fetchQuery(trpc.governments.get.queryOptions({ iso3 })));
  const [topics, positions, events, replies] = await Promise.all([
    queryClient.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    queryClient
      .fetchQuery(trpc.positions.list.queryOptions({ government: government.iso3 }))
      .then((rows) => rows.map((row) => withSummaryIn(locale, row))),
    queryClient.fetchQuery(trpc.events.list.queryOptions()).then(allTextsIn(locale)),
    queryClient.fetchQuery(trpc.replies.forGovernment.queryOptions({ iso3: government.iso3 })),
  ]);
  return { government, topics, positions, events, replies, entries: positions.map(toTimelineEntry).reverse() };
}
