// Next's cache handler (next.config.ts `cacheHandler`): rendered reader pages, kept in this
// process's memory (an LRU bounded in bytes), each dropped the moment the database announces a
// change to something it shows. Entries carry the tags a page declared (server/cache/depends-on.ts);
// the database's announcements become tags in listen-for-changes.ts. Nothing is written to disk,
// so a restarted server never serves a page rendered before a change it did not hear about.
import { LRUCache } from "lru-cache";
import { invalidateTags, invalidatedSince, isListening } from "./view-invalidations.mjs";

const TAGS_HEADER = "x-next-cache-tags";
// VIEW_CACHE_MAX_MB=0 turns the cache off (every request renders): for measuring, or for debugging.
const ENABLED = process.env.VIEW_CACHE_MAX_MB !== "0";
const MAX_BYTES = ENABLED ? Number(process.env.VIEW_CACHE_MAX_MB || 256) * 1024 * 1024 : 1;

function sizeOf(value) {
  if (!value) return 1;
  const html = typeof value.html === "string" ? value.html.length : 0;
  const rsc = value.rscData ? value.rscData.length : 0;
  const body = value.body ? value.body.length : 0;
  const data = value.kind === "FETCH" ? (value.data?.body?.length ?? 0) : 0; // a cached read: its JSON
  let segments = 0;
  if (value.segmentData) for (const segment of value.segmentData.values()) segments += segment.length;
  return Math.max(1, html + rsc + body + data + segments);
}

function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...fromHeader, ...(ctx?.tags ?? [])];
}

const entries = new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (entry) => entry.size });
// When a render of each key began (its cache miss): a page whose data changed while it was being
// rendered is not stored, since it may show the data from before the change.
const rendersStarted = new LRUCache({ max: 10_000, ttl: 5 * 60_000 });

export default class ViewCacheHandler {
  async get(key) {
    const entry = isListening() ? entries.get(key) : undefined;
    if (entry && !invalidatedSince(entry.tags, entry.readAt)) {
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    }
    if (entry) entries.delete(key);
    if (!rendersStarted.has(key)) rendersStarted.set(key, Date.now());
    return null;
  }

  async set(key, value, ctx) {
    const readAt = rendersStarted.get(key) ?? Date.now();
    rendersStarted.delete(key);
    if (!value) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(value, ctx);
    if (!ENABLED || !isListening() || invalidatedSince(tags, readAt)) return;
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    entries.set(key, { value, tags, readAt, lastModified: Date.now(), cacheControl, size: sizeOf(value) });
  }

  async revalidateTag(tags) {
    invalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
