import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { approvedPosition } from "@/db/factories";
import { seedDatabase } from "@/server/services/seed";

// What durability costs on the embedded database: a write (one approved position, one transaction)
// acknowledged as soon as PGlite commits, and one acknowledged after the log's fsync (db/pglite-durability.ts).

export type WriteCost = {
  writes: number;
  plainMs: { p50: number; p99: number };
  durableMs: { p50: number; p99: number };
};

const WRITES = 200;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;

export async function pgliteWriteCost(): Promise<WriteCost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-writes-"));
  const handle = openDatabase({ dataDir });
  try {
    await handle.migrate();
    await seedDatabase(handle.db, { dataset: false });
    const times = async (durable: boolean, offset: number) => {
      const ms: number[] = [];
      for (let i = 0; i < WRITES; i++) {
        const start = performance.now();
        const day = new Date(Date.UTC(1995, 0, 1) + (offset + i) * 86_400_000).toISOString().slice(0, 10);
        await approvedPosition(handle.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn: day });
        if (durable) await handle.flush();
        ms.push(performance.now() - start);
      }
      return { p50: quantile(ms, 0.5), p99: quantile(ms, 0.99) };
    };
    const plainMs = await times(false, 0);
    const durableMs = await times(true, WRITES);
    return { writes: WRITES, plainMs, durableMs };
  } finally {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
