import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { watches } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { databaseIsDown } from "./database-status";

// A write that waits on a lock another session holds (PostgreSQL only: the embedded database has one
// session). The database itself cancels the statement before the app gives up on it, so "nothing was
// changed" is true, and a lock wait is a busy database, not an outage.

describe.each(TEST_DRIVERS.filter((kind) => kind === "postgres"))("a write that waits on a lock, on %s", (kind) => {
  let t: TestDatabase;
  let holder: pg.Client;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: true, dataset: false });
    holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
  });
  afterAll(async () => {
    await holder.end();
    await t.destroy();
  });
  beforeEach(() => {
    globalThis.stanceAtlasDatabaseStatus = { down: false, checkedAt: Date.now() };
  });

  it("is cancelled and answered 503 'busy, nothing was changed', never runs later, and does not mark the database down", async () => {
    const user = await makeAccount(t.db, "contributor");
    // Holding the account's row FOR UPDATE blocks the watch's foreign-key check (FOR KEY SHARE).
    await holder.query("begin");
    await holder.query("select 1 from users where id = $1 for update", [user.id]);
    const write = callerAs(t.db, user.id).watches.set({ kind: "government", target: "HND", watching: true });
    await expect(write).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: "The database is busy. Nothing was changed; try again in a moment.",
    });
    expect(databaseIsDown()).toBe(false);
    await holder.query("rollback");
    // Whatever still waited on the lock has run by now: nothing waits, nothing runs but this check.
    await expect
      .poll(
        async () =>
          (
            await holder.query(
              "select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'active'",
            )
          ).rows[0].n,
        { timeout: 10_000 },
      )
      .toBe(0);
    expect(await t.db.select().from(watches).where(eq(watches.userId, user.id))).toEqual([]);
  });
});
