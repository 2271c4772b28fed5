import { type Instrumentation } from "next";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle } from "@/db/client";
import { type TestDatabase, TEST_DRIVERS } from "@/db/testing";
import { callerAs, makeAccount } from "@/server/api/testing";
import { refreshSessionToken } from "@/server/auth/session-token";
import { createFrontServer } from "@/server/front/front-server";
import { answerErrors } from "@/server/http/read-route";
import { startSession } from "@/server/services/auth-sessions";
import { listTopics } from "@/server/services/topics";
import { databaseIsDown, noteDatabaseError, probeDatabase } from "./database-status";
import { databaseBehindProxy } from "./database-behind-proxy";
import { DatabaseUnavailableError } from "@/server/shared/database-errors";
import { listenOnFreePort } from "@/server/front/testing";

// A database that stops answering (frozen behind a proxy the test starts, as with SIGSTOP): nothing
// hangs, nobody is signed out, every answer is a 503 that says so, and all recovers when it returns.

describe.each(TEST_DRIVERS.filter((kind) => kind === "postgres"))("a frozen database, on %s", () => {
  let t: TestDatabase;
  let proxy: Awaited<ReturnType<typeof databaseBehindProxy>>["proxy"];
  let viaProxy: DatabaseHandle;
  let close = async () => {};
  beforeAll(async () => {
    ({ t, proxy, viaProxy, close } = await databaseBehindProxy({ seed: true, dataset: false }));
  });
  afterAll(() => close());
  afterEach(() => proxy.thaw());

  it("the health probe says down instead of hanging, and up again when the database returns", async () => {
    expect(await probeDatabase(viaProxy.db)).toBe(true);
    proxy.freeze();
    expect(await probeDatabase(viaProxy.db)).toBe(false);
    expect(databaseIsDown()).toBe(true);
    proxy.thaw();
    await expect.poll(() => probeDatabase(viaProxy.db), { timeout: 15_000 }).toBe(true);
    expect(databaseIsDown()).toBe(false);
  });

  it("a procedure answers SERVICE_UNAVAILABLE (503) with a message that says so, and works again after", async () => {
    const reader = callerAs(viaProxy.db, null);
    proxy.freeze();
    await expect(reader.topics.list()).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "The database is not answering. Nothing was changed; try again in a moment.",
    });
    proxy.thaw();
    await expect
      .poll(() => reader.topics.list().then((topics) => topics.length), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it("the read API answers 503 with JSON {error}, never an empty 500", async () => {
    proxy.freeze();
    const response = await answerErrors(async () => Response.json(await listTopics(viaProxy.db)));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: new DatabaseUnavailableError().message });
  });

  it("an uncached page in flight when the database freezes answers the 503 page, not Next's 500", async () => {
    globalThis.stanceAtlasDatabaseStatus = { down: false, checkedAt: Date.now() };
    const pages = createFrontServer(async (req, res) => {
      try {
        const topics = await listTopics(viaProxy.db);
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<p>${topics.length} topics</p>`);
      } catch (error) {
        await renderFailed(error, req);
        res.statusCode = 500;
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end("<h1>500: Internal Server Error</h1>");
      }
    });
    const base = await listenOnFreePort(pages);
    try {
      proxy.freeze();
      const page = await fetch(`${base}/topics/ixps`);
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("5");
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(await page.text()).toContain("Stance Atlas is briefly unavailable");
    } finally {
      await new Promise((resolve) => pages.close(resolve));
    }
  });

  it("an open session survives the outage: the token is kept, not cleared", async () => {
    const user = await makeAccount(t.db, "contributor");
    const token = { sub: user.id, sv: 0, sid: await startSession(t.db, user.id) };
    expect(await refreshSessionToken(viaProxy.db, { ...token })).toMatchObject({ sub: user.id, role: "contributor" });
    proxy.freeze();
    expect(await refreshSessionToken(viaProxy.db, { ...token })).toEqual(token);
    proxy.thaw();
    await expect
      .poll(async () => (await refreshSessionToken(viaProxy.db, { ...token }))?.role, { timeout: 15_000 })
      .toBe("contributor");
  });
});

describe("the front server while the database is down", () => {
  const toNext: string[] = [];
  const server = createFrontServer((req, res) => {
    toNext.push(req.url ?? "");
    res.writeHead(200).end("from Next");
  });
  let base = "";
  beforeAll(async () => {
    base = await listenOnFreePort(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("answers what needs the database with a 503 at once (JSON for the API), and lets built files and the health check through", async () => {
    noteDatabaseError(new Error("timeout exceeded when trying to connect"));
    const page = await fetch(`${base}/matrix`);
    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("Stance Atlas is briefly unavailable");
    const api = await fetch(`${base}/api/v1/topics`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: new DatabaseUnavailableError().message });
    await fetch(`${base}/_next/static/chunks/app.js`);
    await fetch(`${base}/api/health`);
    expect(toNext).toEqual(["/_next/static/chunks/app.js", "/api/health"]);
    globalThis.stanceAtlasDatabaseStatus = { down: false, checkedAt: Date.now() };
    expect((await fetch(`${base}/matrix`)).status).toBe(200);
  });

  it("a page that fails for a reason other than the database stays a 500 (a bug is not hidden as an outage)", async () => {
    globalThis.stanceAtlasDatabaseStatus = { down: false, checkedAt: Date.now() };
    const pages = createFrontServer(async (req, res) => {
      await renderFailed(new TypeError("Cannot read properties of undefined"), req);
      res.writeHead(500, { "content-type": "text/html; charset=utf-8" }).end("<h1>500: Internal Server Error</h1>");
    });
    const pagesBase = await listenOnFreePort(pages);
    try {
      const page = await fetch(`${pagesBase}/topics/ixps`);
      expect(page.status).toBe(500);
      expect(await page.text()).toContain("500: Internal Server Error");
    } finally {
      await new Promise((resolve) => pages.close(resolve));
    }
  });
});

/** What Next does when a page's render throws: it tells instrumentation.ts's onRequestError, then answers 500. */
async function renderFailed(
  error: unknown,
  req: { url?: string; method?: string; headers: Record<string, string | string[] | undefined> },
) {
  const { onRequestError } = (await import("@/instrumentation")) as { onRequestError?: Instrumentation.onRequestError };
  await onRequestError?.(
    error,
    { path: req.url ?? "", method: req.method ?? "GET", headers: req.headers },
    {
      routerKind: "App Router",
      routePath: "/topics/[slug]",
      routeType: "render",
      renderSource: "react-server-components",
      revalidateReason: undefined,
    },
  );
}
