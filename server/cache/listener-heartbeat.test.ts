import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/db/testing";
import { startFreezableProxy } from "@/server/health/freezable-proxy";
import { listenForChanges } from "./listen-for-changes";
import { invalidatedSince, isListening } from "./view-invalidations.mjs";

// A listening connection can go half-open: no error, no data, and every change announced meanwhile is
// lost. Only the listener's connection goes through a proxy the test freezes; writes and the heartbeat
// go through the normal pool, as on a server.

describe.each(TEST_DRIVERS.filter((kind) => kind === "postgres"))("the change listener's heartbeat, on %s", (kind) => {
  let t: TestDatabase;
  let proxy: Awaited<ReturnType<typeof startFreezableProxy>>;
  let viaProxy: DatabaseHandle;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    const url = new URL(t.url ?? "");
    proxy = await startFreezableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(proxy.port);
    viaProxy = openDatabase({ databaseUrl: url.toString() });
  });
  afterAll(async () => {
    proxy.thaw();
    await viaProxy.close();
    await proxy.close();
    await t.destroy();
  });

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
