import http from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import ViewCacheHandler from "@/server/cache/view-cache-handler.mjs";
import { invalidateTags, setListening } from "@/server/cache/view-invalidations.mjs";
import { embedSecurityHeaders } from "@/server/http/security-headers";
import { todayUtc } from "@/server/shared/dates";
import { READER_CACHE_CONTROL } from "./cached-page-response";
import { createFrontServer } from "./front-server";
import { frontAnswersHitsOn, installedNextVersion, TESTED_NEXT_VERSIONS } from "./next-internals.mjs";
import { listenOnFreePort } from "./testing";

// The front server with the real page cache in front of a stand-in for Next that says what it was asked.

const NEXT_KEY = (path: string) => `/route-cache/APP_PAGE/${"ab12".repeat(16)}/$${path}`;
const html = (text: string) => `<!DOCTYPE html><html><body><h1>${text}</h1></body></html>`;
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

/** The bytes as sent (fetch would decompress them). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the front server", () => {
  const toNext: string[] = [];
  const forwardedFor: (string | string[] | undefined)[] = [];
  const server = createFrontServer((req, res) => {
    toNext.push(req.url ?? "");
    forwardedFor.push(req.headers["x-forwarded-for"]);
    res.writeHead(200, { "content-type": "text/plain" }).end("from Next");
  });
  const cache = new ViewCacheHandler();
  let base = "";

  async function render(path: string, text: string, tags: string[], revalidate: number | false = false) {
    await cache.get(NEXT_KEY(path));
    await cache.set(
      NEXT_KEY(path),
      {
        kind: "APP_PAGE",
        html: html(text),
        rscData: Buffer.from("rsc"),
        headers: { "x-next-cache-tags": tags.join(",") },
        status: 200,
      },
      { cacheControl: { revalidate, expire: 31536000 } },
    );
  }

  beforeAll(async () => {
    setListening(true);
    await tick();
    base = await listenOnFreePort(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    toNext.length = 0;
    forwardedFor.length = 0;
  });

  it("answers a path with a malformed percent-encoding with a 400 (JSON for the API), never handing it to Next", async () => {
    for (const path of ["/topics/%zz", "/governments/%FF", "/api/v1/positions/%FF/history"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(400);
      const body = await response.text();
      expect(body).toContain("malformed percent-encoding");
      if (path.startsWith("/api/")) expect(JSON.parse(body)).toEqual({ error: expect.stringContaining("not valid") });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(toNext).toEqual([]);
    const proto = await fetch(`${base}/api/v1/governments?__proto__=x`); // Next would drop it unseen
    expect(proto.status).toBe(400);
    expect(await proto.json()).toEqual({ error: "Unknown query parameter: __proto__." });
    await fetch(`${base}/topics/ixps?q=%zz`); // a query is the route's to read (and refuse)
    expect(toNext).toEqual(["/topics/ixps?q=%zz"]);
  });

  it("answers each language's copy of a page from its own entry", async () => {
    await render("/ar/governments/EGY", "مصر", ["government:EGY"], 3600);
    const arabic = await fetch(`${base}/ar/governments/EGY`);
    expect(await arabic.text()).toBe(html("مصر"));
    expect(arabic.headers.get("x-served-by")).toBe("front");
    expect(await (await fetch(`${base}/governments/EGY`)).text()).toBe("from Next"); // English has its own entry
    expect(toNext).toEqual(["/governments/EGY"]);
  });

  it("answers a cached page itself, with the security headers, and leaves misses to Next", async () => {
    await render("/en/governments/BRA", "Brazil", ["government:BRA"], 3600);
    const hit = await fetch(`${base}/governments/BRA`, { headers: { "accept-encoding": "identity" } });
    expect(await hit.text()).toBe(html("Brazil"));
    expect(hit.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(hit.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(hit.headers.get("cache-control")).toBe(READER_CACHE_CONTROL);
    expect(hit.headers.get("x-next-cache-tags")).toBeNull();
    expect(await (await fetch(`${base}/governments/ARG`)).text()).toBe("from Next");
    expect(toNext).toEqual(["/governments/ARG"]);
  });

  it("tells a CDN to keep a reader page a minute at most, hit or miss, since only this server hears of changes", async () => {
    await render("/en/governments/BRA", "Brazil", ["government:BRA"], 3600);
    await render("/en/changes/view/-", "Recent changes", ["positions"], false);
    for (const path of ["/governments/BRA", "/changes"]) {
      const hit = await fetch(`${base}${path}`);
      expect(hit.headers.get("x-nextjs-cache")).toBe("HIT");
      expect(hit.headers.get("cache-control")).toBe("s-maxage=60, stale-while-revalidate=60");
    }
    // A miss, rendered by a stand-in that answers as Next does: a page cached for a year, an error not at all.
    const nextLike = createFrontServer((req, res) => {
      res.setHeader(
        "Cache-Control",
        req.url === "/governments/NOR"
          ? "private, no-cache, no-store, max-age=0, must-revalidate"
          : "s-maxage=31536000",
      );
      res.statusCode = req.url === "/governments/NOR" ? 500 : 200;
      res.end("from Next");
    });
    const nextBase = await listenOnFreePort(nextLike);
    try {
      expect((await fetch(`${nextBase}/governments/ARG`)).headers.get("cache-control")).toBe(
        "s-maxage=60, stale-while-revalidate=60",
      );
      expect((await fetch(`${nextBase}/governments/NOR`)).headers.get("cache-control")).toBe(
        "private, no-cache, no-store, max-age=0, must-revalidate",
      );
      expect((await fetch(`${nextBase}/methodology`)).headers.get("cache-control")).toBe("s-maxage=31536000"); // not a reader page with data: changes only with a deploy
    } finally {
      await new Promise((resolve) => nextLike.close(resolve));
    }
  });

  it("lets other sites frame only an embed that exists: a 404 or an error under /embed/ gets the site's own headers", async () => {
    const frameable = Object.fromEntries(embedSecurityHeaders.map(({ key, value }) => [key, value]));
    const nextLike = createFrontServer((req, res) => {
      for (const [key, value] of Object.entries(frameable)) res.setHeader(key, value); // next.config.ts's headers for /embed/*
      res.statusCode = req.url === "/embed/matrix" ? 200 : req.url === "/embed/governments/BRA" ? 500 : 404;
      res.end("from Next");
    });
    const nextBase = await listenOnFreePort(nextLike);
    try {
      for (const path of ["/embed/nothing-here", "/embed/topics/no-such-topic", "/embed/governments/BRA"]) {
        const refused = await fetch(`${nextBase}${path}`);
        expect(refused.status, path).not.toBe(200);
        expect(refused.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
        expect(refused.headers.get("x-frame-options"), path).toBe("DENY");
        expect(refused.headers.get("cross-origin-resource-policy"), path).toBe("same-origin");
      }
      const found = await fetch(`${nextBase}/embed/matrix`);
      expect(found.headers.get("content-security-policy")).toContain("frame-ancestors *");
      expect(found.headers.get("x-frame-options")).toBeNull();
    } finally {
      await new Promise((resolve) => nextLike.close(resolve));
    }
  });

  it("answers a cached embed with the headers that let other sites frame it, and a page with those that do not", async () => {
    await render(`/en/embed/governments/BRA/view/${todayUtc()}/-`, "Brazil (embed)", ["government:BRA"]);
    await render("/en/governments/BRA", "Brazil", ["government:BRA"], 3600);
    const embed = await fetch(`${base}/embed/governments/BRA`);
    expect(await embed.text()).toBe(html("Brazil (embed)"));
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(embed.headers.get("x-frame-options")).toBeNull();
    expect(embed.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const page = await fetch(`${base}/governments/BRA`);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(toNext).toEqual([]);
  });

  it("sends a gzip copy to clients that accept it, and headers alone for HEAD", async () => {
    await render("/en/changes/view/-", "Recent changes", ["positions"]);
    const response = await rawGet(`${base}/changes`, { "accept-encoding": "gzip, deflate, br" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.body).toString()).toBe(html("Recent changes"));
    const refused = await rawGet(`${base}/changes`, { "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(html("Recent changes"));
    const head = await fetch(`${base}/changes`, { method: "HEAD" });
    expect(head.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await head.text()).toBe("");
    expect(toNext).toEqual([]);
  });

  it("stops answering a page the moment a change to what it shows is announced", async () => {
    await render("/en/topics/ixps", "IXPs", ["topic:ixps"]);
    expect(await (await fetch(`${base}/topics/ixps`)).text()).toBe(html("IXPs"));
    await tick();
    invalidateTags(["topic:ixps"]);
    expect(await (await fetch(`${base}/topics/ixps`)).text()).toBe("from Next");
  });

  it("leaves a page past its revalidate time, client navigations and signed-in position pages to Next", async () => {
    await render("/en/governments/CHL", "Chile", ["government:CHL"], 0);
    await render("/en/positions/7/view", "Position 7", ["position:7"]);
    await fetch(`${base}/governments/CHL`);
    await fetch(`${base}/positions/7/view`);
    await fetch(`${base}/positions/7`, { headers: { rsc: "1" } });
    await fetch(`${base}/positions/7`, { headers: { cookie: "authjs.session-token=x" } });
    expect(toNext).toEqual(["/governments/CHL", "/positions/7/view", "/positions/7", "/positions/7"]);
    expect(await (await fetch(`${base}/positions/7`)).text()).toBe(html("Position 7"));
  });

  it("hands Next the client's own address, not the X-Forwarded-For a client wrote (no proxy is trusted by default)", async () => {
    await fetch(`${base}/sign-in`, { headers: { "x-forwarded-for": "10.8.0.2" } });
    await fetch(`${base}/sign-in`, { headers: { "x-forwarded-for": "," } });
    expect(forwardedFor).toEqual(["127.0.0.1", "127.0.0.1"]);
  });

  it("says which of the two answered: the front for a hit, Next for the rest", async () => {
    await render("/en/governments/BRA", "Brazil", ["government:BRA"], 3600);
    expect((await fetch(`${base}/governments/BRA`)).headers.get("x-served-by")).toBe("front");
    expect((await fetch(`${base}/governments/ARG`)).headers.get("x-served-by")).toBe("next");
    expect((await fetch(`${base}/topics/%zz`)).headers.get("x-served-by")).toBe("front"); // refused before Next
  });

  it("hands a cached page to Next when asked with x-front-bypass, with the reader page's short Cache-Control", async () => {
    await render("/en/changes/view/-", "Recent changes", ["positions"]);
    const nextLike = createFrontServer((_req, res) => {
      res.setHeader("Cache-Control", "s-maxage=31536000"); // as Next does for a page kept until a change
      res.end("from Next");
    });
    const nextBase = await listenOnFreePort(nextLike);
    try {
      const bypassed = await fetch(`${nextBase}/changes`, { headers: { "x-front-bypass": "1" } });
      expect(await bypassed.text()).toBe("from Next");
      expect(bypassed.headers.get("x-served-by")).toBe("next");
      expect(bypassed.headers.get("cache-control")).toBe(READER_CACHE_CONTROL);
      expect(await (await fetch(`${nextBase}/changes`)).text()).toBe(html("Recent changes"));
    } finally {
      await new Promise((resolve) => nextLike.close(resolve));
    }
  });
});

describe("the front server on a Next version its shortcut was not tested with", () => {
  it("runs on the installed Next: a new version must pass the contract test (e2e/front-server.spec.ts) and be listed in next-internals.mjs", () => {
    expect(TESTED_NEXT_VERSIONS).toContain(installedNextVersion());
  });

  it("answers no hit itself on another version: every request goes to Next", async () => {
    expect(frontAnswersHitsOn("16.5.0")).toBe(false);
    const cache = new ViewCacheHandler();
    await cache.set(
      NEXT_KEY("/en/governments/PER"),
      { kind: "APP_PAGE", html: html("Peru"), headers: {}, status: 200 },
      { cacheControl: { revalidate: false } },
    );
    const untested = createFrontServer((_req, res) => void res.end("from Next"), {
      answerHits: frontAnswersHitsOn("16.5.0"),
    });
    const untestedBase = await listenOnFreePort(untested);
    try {
      const answer = await fetch(`${untestedBase}/governments/PER`);
      expect(await answer.text()).toBe("from Next");
      expect(answer.headers.get("x-served-by")).toBe("next");
    } finally {
      await new Promise((resolve) => untested.close(resolve));
    }
  });
});
