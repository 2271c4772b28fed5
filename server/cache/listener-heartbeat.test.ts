import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle } from "@/db/client";
import { approvedPosition } from "@/db/factories";
import { type TestDatabase, TEST_DRIVERS } from "@/db/testing";
import { databaseBehindProxy } from "@/server/health/database-behind-proxy";
import { listenForChanges } from "./listen-for-changes";
import { invalidatedSince, isListening } from "./view-invalidations.mjs";

// A listening connection can go half-open: no error, no data, and every change announced meanwhile is
// lost. Only the listener's connection goes through a proxy the test freezes; writes and the heartbeat
// go through the normal pool, as on a server.

describe.each(TEST_DRIVERS.filter((kind) => kind === "postgres"))("the change listener's heartbeat, on %s", () => {
  let t: TestDatabase;
  let proxy: Awaited<ReturnType<typeof databaseBehindProxy>>["proxy"];
  let viaProxy: DatabaseHandle;
  let close = async () => {};
  beforeAll(async () => {
    ({ t, proxy, viaProxy, close } = await databaseBehindProxy({ dataset: false }));
  });
  afterAll(() => close());

  it("notices a silent listening connection, drops every cached page, and listens again when it can", async () => {
    const server: DatabaseHandle = { ...t, listen: viaProxy.listen };
    const stop = listenForChanges(server, () => {}, { heartbeatMs: 100 });
    try {
      await expect.poll(() => isListening(), { timeout: 10_000 }).toBe(true);
      proxy.freeze();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const since = Date.now();
      await approvedPosition(t.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn: "2017-05-01" }); // announced, never heard
      // The missed heartbeat says so: pages of that change are out of date, and nothing is cached meanwhile.
      await expect.poll(() => invalidatedSince(["government:KEN"], since), { timeout: 20_000 }).toBe(true);
      await expect.poll(() => isListening(), { timeout: 20_000 }).toBe(false);
      proxy.thaw();
      await expect.poll(() => isListening(), { timeout: 20_000 }).toBe(true);
    } finally {
      proxy.thaw();
      await stop();
    }
  });
});
