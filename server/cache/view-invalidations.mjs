// The process's record of when each view tag was last invalidated: written by the database
// listener (server/cache/listen-for-changes.ts) and read by the page cache handler
// (view-cache-handler.mjs). Plain JavaScript, because Next loads the handler with Node's own
// import; kept on globalThis, because the listener is bundled into the server build and the
// handler is not, and both must see one record.

const KEY = Symbol.for("stance-atlas.view-invalidations");

/** @typedef {{ byTag: Map<string, number>, all: number, listening: boolean }} Invalidations */

/** @returns {Invalidations} */
function record() {
  const holder = /** @type {Record<symbol, Invalidations | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[KEY] ??= { byTag: new Map(), all: 0, listening: false };
  return holder[KEY];
}

/** Marks every view carrying one of `tags` as out of date from `at` (ms since the epoch). `"*"` is every view. */
export function invalidateTags(tags, at = Date.now()) {
  const { byTag } = record();
  for (const tag of tags) {
    if (tag === "*") record().all = at;
    else byTag.set(tag, at);
  }
}

/**
 * Whether this process hears every change now. Pages are cached only while it does: a process
 * that is not listening (a build, or a server whose listening connection dropped) could not
 * tell when to drop them.
 */
export function setListening(listening) {
  record().listening = listening;
  if (!listening) record().all = Date.now();
}

export function isListening() {
  return record().listening;
}

/** Whether a view carrying `tags`, made from data read at `since`, may be out of date. */
export function invalidatedSince(tags, since) {
  const { byTag, all } = record();
  if (all >= since) return true;
  return tags.some((tag) => (byTag.get(tag) ?? 0) >= since);
}
