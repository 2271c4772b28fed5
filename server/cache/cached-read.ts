import "server-only";
import { unstable_cache } from "next/cache";
import { type Database } from "@/db/client";
import { todayUtc } from "@/server/shared/dates";

/**
 * A read of the public API served from the page cache: one entry per query (and day, since
 * "today" is the default date), dropped when the database announces a change to something
 * the answer shows (`tagsFor`). Answers are JSON, so caching them as JSON loses nothing.
 */
export function cachedRead<Q, T>(
  name: string,
  load: (db: Database, query: Q) => Promise<T>,
  tagsFor: (query: Q) => string[],
) {
  return (db: Database, query: Q): Promise<T> =>
    unstable_cache(() => load(db, query), ["read", name, todayUtc(), JSON.stringify(query)], {
      tags: tagsFor(query),
    })();
}
