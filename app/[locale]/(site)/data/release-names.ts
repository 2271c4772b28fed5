import "server-only";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { inLocale } from "@/server/i18n/government-names";
import { type Locale } from "@/server/i18n/locales";

/** Government (in the page's language) and topic names for a release's changelog (which names them by code and slug). */
export async function releaseNames(locale: Locale) {
  const queryClient = getQueryClient();
  const [governments, topics] = await Promise.all([
    queryClient.fetchQuery(trpc.governments.directory.queryOptions()),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
  ]);
  return {
    governments: new Map(inLocale(locale, governments).map((g) => [g.iso3, g.name])),
    topics: new Map(topics.map((t) => [t.slug, t.title])),
  };
}

/** A release's permanent address, absolute (SITE_URL), for citations. */
export const permanentUrl = (version: number, site: URL) => new URL(`/data/releases/${version}`, site).toString();
