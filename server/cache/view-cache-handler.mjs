// Next's cache handler (next.config.ts `cacheHandler`): rendered reader pages, kept in this
// process's memory (an LRU bounded in bytes), each dropped the moment the database announces a
// change to something it shows. Entries carry the tags a page declared (server/cache/depends-on.ts);
// the database's announcements become tags in listen-for-changes.ts. Nothing is written to disk,
// so a restarted server never serves a page rendered before a change it did not hear about.
// The front server (server/front/) answers cache hits from the same entries (`cachedPage`)
// before a request reaches Next.
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { NEXT_TAGS_HEADER, pagePathOfKey, renderedPage } from "../front/next-internals.mjs";
import { invalidateTags, invalidatedSince, isListening } from "./view-invalidations.mjs";
// VIEW_CACHE_MAX_MB=0 turns the cache off (every request renders): for measuring, or for debugging.
const MAX_MB = megabytes(process.env.VIEW_CACHE_MAX_MB);
const ENABLED = MAX_MB > 0;
const MAX_BYTES = ENABLED ? MAX_MB * 1024 * 1024 : 1;

/**
 * VIEW_CACHE_MAX_MB, checked by the same rule as in server/env.ts (which `npm start` applies before
 * anything runs): Next loads this plain-ESM file itself, where that TypeScript module cannot be imported.
 */
function megabytes(value) {
  if (value === undefined || value === "") return 256;
  if (/^\d+$/.test(value) && Number(value) <= 65_536) return Number(value);
  throw new Error(`VIEW_CACHE_MAX_MB must be a whole number from 0 to 65536, not "${value}"`);
}

function sizeOf(value, page) {
  if (!value) return 1;
  const html = typeof value.html === "string" ? value.html.length : 0;
  const rsc = value.rscData ? value.rscData.length : 0;
  const body = value.body ? value.body.length : 0;
  const data = value.kind === "FETCH" ? (value.data?.body?.length ?? 0) : 0; // a cached read: its JSON
  let segments = 0;
  if (value.segmentData) for (const segment of value.segmentData.values()) segments += segment.length;
  // A page's bytes for the front server, and their gzip copy (about a fifth of them).
  const bytes = page ? Math.ceil(page.html.length * 1.2) : 0;
  return Math.max(1, html + rsc + body + data + segments + bytes);
}

function tagsOf(value, ctx) {
  const header = value?.headers?.[NEXT_TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...fromHeader, ...(ctx?.tags ?? [])];
}

/**
 * A rendered page as the front server sends it: its HTML as bytes, and a gzip copy made once,
 * off the event loop, when it is first asked for.
 */
function pageBytes(value, cacheControl) {
  const page = renderedPage(value);
  if (!page) return undefined;
  const html = Buffer.from(page.html);
  let gzipped;
  return {
    html,
    headers: Object.fromEntries(Object.entries(page.headers).filter(([name]) => name !== NEXT_TAGS_HEADER)),
    cacheControl,
    gzip: () =>
      (gzipped ??= new Promise((resolve, reject) =>
        gzip(html, (error, bytes) => (error ? reject(error) : resolve(bytes))),
      )),
  };
}

function createStore() {
  // The key of the page rendered for each path, for the front server, which knows only the path.
  const keysByPath = new Map();
  const entries = new LRUCache({
    maxSize: MAX_BYTES,
    sizeCalculation: (entry) => entry.size,
    dispose: (_entry, key) => {
      const path = pagePathOfKey(key);
      if (path && keysByPath.get(path) === key) keysByPath.delete(path);
    },
  });
  // When a render of each key began (its cache miss): a page whose data changed while it was being
  // rendered is not stored, since it may show the data from before the change.
  const rendersStarted = new LRUCache({ max: 10_000, ttl: 5 * 60_000 });
  return { entries, keysByPath, rendersStarted };
}

// On globalThis, so that Next (which imports this file itself) and the front server share one store.
const STORE = Symbol.for("stance-atlas.view-cache");
const { entries, keysByPath, rendersStarted } = (globalThis[STORE] ??= createStore());

/** The entry under `key` if it may still be served: this process hears every change and none touched it. */
function current(key) {
  const entry = isListening() ? entries.get(key) : undefined;
  if (entry && !invalidatedSince(entry.tags, entry.readAt)) return entry;
  if (entry) entries.delete(key);
  return undefined;
}

/**
 * The page rendered for `path` (the route's path after the proxy's rewrite), for the front
 * server: null when it is not cached, not a page answered with 200, or due to be rendered again
 * (its `revalidate` time has passed).
 */
export function cachedPage(path, now = Date.now()) {
  const key = keysByPath.get(path);
  const entry = key === undefined ? undefined : current(key);
  if (!entry?.page) return null;
  const revalidate = entry.cacheControl?.revalidate;
  if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 <= now) return null;
  return entry.page;
}

export default class ViewCacheHandler {
  async get(key) {
    const entry = current(key);
    if (entry) return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    if (!rendersStarted.has(key)) rendersStarted.set(key, Date.now());
    return null;
  }

  async set(key, value, ctx) {
    const readAt = rendersStarted.get(key) ?? Date.now();
    rendersStarted.delete(key);
    // Nothing to keep, or a server error (a picture refused while too many were being drawn): asked again, it is made again.
    if (!value || (value.kind === "APP_ROUTE" && value.status >= 500)) {
      entries.delete(key);
      return;
    }
    const tags = tagsOf(value, ctx);
    if (!ENABLED || !isListening() || invalidatedSince(tags, readAt)) return;
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    const page = pageBytes(value, cacheControl);
    entries.set(key, { value, page, tags, readAt, lastModified: Date.now(), cacheControl, size: sizeOf(value, page) });
    const path = page && pagePathOfKey(key);
    if (path && entries.has(key)) keysByPath.set(path, key);
  }

  async revalidateTag(tags) {
    invalidateTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
