import { type DatabaseHandle, openDatabase } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { startFreezableProxy } from "./freezable-proxy";

/**
 * For outage tests: a fresh test database on the PostgreSQL server, a freezable proxy in front of it,
 * and a handle that reaches it only through the proxy. `close` thaws and ends all three.
 */
export async function databaseBehindProxy(opts: Parameters<typeof createTestDatabase>[1] = {}) {
  const t: TestDatabase = await createTestDatabase("postgres", opts);
  const url = new URL(t.url ?? "");
  const proxy = await startFreezableProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.port = String(proxy.port);
  const viaProxy: DatabaseHandle = openDatabase({ databaseUrl: url.toString() });
  return {
    t,
    proxy,
    viaProxy,
    async close() {
      proxy.thaw();
      await viaProxy.close();
      await proxy.close();
      await t.destroy();
    },
  };
}
