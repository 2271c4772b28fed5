import "server-only";
import { createHash } from "node:crypto";
import ViewCacheHandler from "./view-cache-handler.mjs";

// Drawn pictures (PNG figures and preview images), kept in the page cache's own store: one entry per
// distinct picture — keyed by a hash of exactly what it is drawn from, so two URLs that show the same
// thing share one drawing — carrying the tags of what it shows, so a change drops it like a page.

const pageCache = new ViewCacheHandler();
const KEY = Symbol.for("stance-atlas.figures-drawing");
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, Promise<Buffer>> };
/** Pictures being drawn now: a second request for one waits for that drawing rather than starting its own. */
const drawing = (holder[KEY] ??= new Map());

type Stored = { kind: "FETCH"; data: { body: string } };
const isStored = (value: unknown): value is Stored =>
  (value as Stored | undefined)?.kind === "FETCH" && typeof (value as Stored).data?.body === "string";

/** The cache key of the picture `name` drawn from `inputs` (anything JSON can say). */
export const figureKey = (name: string, inputs: unknown) =>
  `/figures/${name}/${createHash("sha256")
    .update(JSON.stringify(inputs) ?? "")
    .digest("base64url")}`;

/** The picture's bytes: from the cache, or drawn now (once, however many ask) and kept until a change to `tags`. */
export async function cachedFigure(
  name: string,
  inputs: unknown,
  tags: string[],
  draw: () => Promise<Buffer>,
): Promise<Buffer> {
  const key = figureKey(name, inputs);
  const hit = await pageCache.get(key);
  if (hit && isStored(hit.value)) return Buffer.from(hit.value.data.body, "base64");
  let pending = drawing.get(key);
  if (!pending) {
    pending = (async () => {
      const bytes = await draw();
      // Stored as a cached data call's answer (base64, as Next stores fetched bodies), sized by its bytes.
      await pageCache.set(
        key,
        {
          kind: "FETCH",
          data: { headers: {}, body: bytes.toString("base64"), status: 200, url: "" },
          revalidate: false,
        },
        { tags, fetchCache: true },
      );
      return bytes;
    })().finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}
