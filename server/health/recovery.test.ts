import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, MEMORY, openDatabase } from "@/db/client";
import { createFrontServer } from "@/server/front/front-server";
import { listenOnFreePort } from "@/server/front/testing";
import { databaseIsDown, noteDatabaseError, probeDatabase, watchDatabase } from "./database-status";

// "The database is down" is a mark that must come off by itself: a slow answer from the embedded
// database (busy, not gone) never sets it, and once a mark is a while old the next request looks again,
// so a server recovers without anyone calling /api/health.

describe("recovering from a database outage without a health poller", () => {
  let handle: DatabaseHandle;
  let stopWatching = () => {};
  const toNext: string[] = [];
  const server = createFrontServer((req, res) => {
    toNext.push(req.url ?? "");
    res.writeHead(200).end("from Next");
  });
  let base = "";
  beforeAll(async () => {
    handle = openDatabase({ dataDir: MEMORY });
    await handle.db.execute(sql`select 1`); // started: what follows is about a busy database, not a starting one
    stopWatching = watchDatabase(handle.db, "pglite");
    base = await listenOnFreePort(server);
  });
  afterAll(async () => {
    stopWatching();
    await new Promise((resolve) => server.close(resolve));
    await handle.close();
  });
  beforeEach(() => {
    toNext.length = 0;
    globalThis.stanceAtlasDatabaseStatus = {
      ...globalThis.stanceAtlasDatabaseStatus,
      down: false,
      checkedAt: Date.now(),
    };
  });

  it("a slow health check on the embedded database (busy, e.g. an import) is not an outage: the next request is served", async () => {
    let finish = () => {};
    let held = () => {};
    const holding = new Promise<void>((resolve) => (held = resolve));
    // A long transaction holds the embedded database, which answers one query at a time.
    const busy = handle.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      held();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    await holding;
    expect(await probeDatabase(handle.db, 50, "pglite")).toBe(false); // the health check answers 503 ...
    expect(databaseIsDown()).toBe(false); // ... but the server is not marked down
    const page = await fetch(`${base}/matrix`);
    expect(page.status).toBe(200);
    expect(toNext).toEqual(["/matrix"]);
    finish();
    await busy;
  });

  it("an outage mark expires: the next request looks at the database, finds it answering, and is served without a health call", async () => {
    noteDatabaseError(new Error("timeout exceeded when trying to connect"));
    expect((await fetch(`${base}/matrix`)).status).toBe(503); // a fresh mark answers at once
    expect(toNext).toEqual([]);
    markedAMinuteAgo(); // no health call in between
    const pages = await Promise.all([1, 2, 3].map(() => fetch(`${base}/matrix`)));
    expect(pages.map((page) => page.status)).toEqual([200, 200, 200]);
    expect(databaseIsDown()).toBe(false);
  });

  it("an expired mark stays when the database still does not answer", async () => {
    const gone = openDatabase({ dataDir: MEMORY });
    await gone.close();
    const stop = watchDatabase(gone.db, "pglite");
    try {
      noteDatabaseError(new Error("timeout exceeded when trying to connect"));
      markedAMinuteAgo();
      expect((await fetch(`${base}/matrix`)).status).toBe(503);
      expect(databaseIsDown()).toBe(true);
      expect(toNext).toEqual([]);
    } finally {
      stop();
      watchDatabase(handle.db, "pglite"); // the working database again, for what follows
    }
  });
});

/** Ages the outage mark as if it had been set a minute ago. */
function markedAMinuteAgo() {
  const status = globalThis.stanceAtlasDatabaseStatus;
  if (status) status.checkedAt -= 60_000;
}
