import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import ViewCacheHandler from "./view-cache-handler.mjs";
import { invalidateTags, setListening } from "./view-invalidations.mjs";

// The page cache on its own: what it serves, what a change drops, and what it refuses to keep.

const page = (tags: string[], html = "<p>page</p>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const ctx = { cacheControl: { revalidate: false } };
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe("the page cache", () => {
  let cache: ViewCacheHandler;
  let key = 0;
  const nextKey = () => `/cached/page-${key++}`;

  beforeEach(async () => {
    setListening(true);
    await tick(); // listening starts by dropping everything before it
    cache = new ViewCacheHandler();
  });

  async function stored(tags: string[]) {
    const k = nextKey();
    expect(await cache.get(k)).toBeNull(); // the miss that starts the render
    await cache.set(k, page(tags), ctx);
    return k;
  }

  it("serves a rendered page until a change to something it shows, and keeps pages of other things", async () => {
    const russia = await stored(["government:RUS", "events"]);
    const brazil = await stored(["government:BRA", "events"]);
    expect((await cache.get(russia))?.value).toMatchObject({ html: "<p>page</p>" });
    await tick();
    invalidateTags(["government:RUS"]);
    expect(await cache.get(russia)).toBeNull();
    expect(await cache.get(brazil)).not.toBeNull();
  });

  it("does not keep a page whose data changed while it was being rendered", async () => {
    const k = nextKey();
    expect(await cache.get(k)).toBeNull();
    await tick();
    invalidateTags(["topic:ixps"]); // committed after the render read its data
    await cache.set(k, page(["topic:ixps"]), ctx);
    expect(await cache.get(k)).toBeNull();
  });

  it("drops everything on an announcement it cannot read, and caches nothing while not listening", async () => {
    const k = await stored(["government:USA"]);
    await tick();
    invalidateTags(["*"]);
    expect(await cache.get(k)).toBeNull();
    setListening(false);
    const unheard = nextKey();
    await cache.get(unheard);
    await cache.set(unheard, page(["government:USA"]), ctx);
    expect(await cache.get(unheard)).toBeNull();
  });

  it("does not keep a route's server error (a preview image refused while too many are drawn), but keeps its 404", async () => {
    const answer = (status: number) => ({
      kind: "APP_ROUTE",
      status,
      body: Buffer.from("{}"),
      headers: { "x-next-cache-tags": "topic:ixps" },
    });
    const busy = nextKey();
    await cache.get(busy);
    await cache.set(busy, answer(503), ctx);
    expect(await cache.get(busy)).toBeNull();
    const missing = nextKey();
    await cache.get(missing);
    await cache.set(missing, answer(404), ctx);
    expect((await cache.get(missing))?.value).toMatchObject({ status: 404 });
  });
});

describe("the page cache's size (VIEW_CACHE_MAX_MB)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("stops the server that loads it on a size with a typo, naming the variable, instead of sizing the cache NaN", async () => {
    vi.stubEnv("VIEW_CACHE_MAX_MB", "256MB");
    vi.resetModules();
    await expect(import("./view-cache-handler.mjs")).rejects.toThrow(
      'VIEW_CACHE_MAX_MB must be a whole number from 0 to 65536, not "256MB"',
    );
  });
});
