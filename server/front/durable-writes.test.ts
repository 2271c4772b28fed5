import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMORY, openDatabase } from "@/db/client";
import { createFrontServer } from "./front-server";
import { listenOnFreePort } from "./testing";

// A request that may write is answered only after the database's flush; a read never waits for one.

describe("durable writes at the front server", () => {
  const events: string[] = [];
  const handle = openDatabase({ dataDir: MEMORY }); // the server's handle, its flush observed
  const server = createFrontServer((req, res) => {
    events.push(`next ${req.method}`);
    res.writeHead(200).end("done");
  });
  let base = "";
  beforeAll(async () => {
    base = await listenOnFreePort(server);
    handle.flush = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20)); // an fsync takes a while
      events.push("flushed");
    };
    globalThis.stanceAtlasDb = handle;
  });
  afterAll(async () => {
    globalThis.stanceAtlasDb = undefined;
    await handle.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers a POST only once its writes are flushed, and a GET without flushing", async () => {
    const post = await fetch(`${base}/api/trpc/contributions.propose`, { method: "POST", body: "{}" });
    events.push(`answered ${post.status}`);
    expect(events).toEqual(["next POST", "flushed", "answered 200"]);
    events.length = 0;
    await fetch(`${base}/governments/KEN`);
    expect(events).toEqual(["next GET"]);
  });
});
