import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { memoryLogger } from "@/server/front/testing";
import { listAudit } from "@/server/services/audit";
import { makeAccount, TEST_PASSWORD } from "@/server/api/testing";
import { checkCredentials } from "./credentials";
import { recordSignIn } from "./sign-in-events";

describe.each(TEST_DRIVERS)("sign-in events on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  it("logs an outcome as one JSON line with account, address and method, never a password or code", async () => {
    const { log, lines } = memoryLogger();
    await recordSignIn(
      t.db,
      { outcome: "success", account: "ada@example.org", userId: "u1", address: "198.51.100.7", method: "password" },
      log,
    );
    const leaky = {
      outcome: "failure" as const,
      account: "ada@example.org",
      address: "198.51.100.7",
      password: "hunter2 hunter2",
      code: "123456",
    };
    await recordSignIn(t.db, leaky, log);
    expect(lines[0]).toMatchObject({
      level: 30,
      event: "sign_in",
      outcome: "success",
      account: "ada@example.org",
      userId: "u1",
      address: "198.51.100.7",
      method: "password",
      service: "stance-atlas",
    });
    expect(lines[1]).toMatchObject({ level: 40, outcome: "failure" });
    expect(JSON.stringify(lines)).not.toMatch(/hunter2|123456/);
  });

  it("puts failures and the start of a lockout in the audit log, not successes", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const user = await makeAccount(t.db, "contributor");
    const address = "203.0.113.90";
    expect(await checkCredentials(t.db, { email: user.email, password: TEST_PASSWORD }, address)).not.toBeNull();
    for (let i = 0; i < 10; i++)
      await checkCredentials(t.db, { email: user.email, password: `wrong guess ${i}` }, address);
    await expect(checkCredentials(t.db, { email: user.email, password: TEST_PASSWORD }, address)).rejects.toThrow(
      /Too many/,
    );
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.targetId, user.id));
    const actions = rows.map((row) => row.action);
    expect(actions.filter((action) => action === "sign_in.failed")).toHaveLength(10);
    expect(actions.filter((action) => action === "sign_in.locked")).toHaveLength(1); // when it began, not for each refusal
    expect(rows.find((row) => row.action === "sign_in.locked")).toMatchObject({
      actorId: null,
      reason: "failed sign-ins to this account from this address",
      details: { address },
    });
    // An email without an account is recorded as typed.
    await checkCredentials(t.db, { email: "nobody-here@example.org", password: "a wrong guess" }, "203.0.113.91");
    const { entries, actions: kinds } = await listAudit(t.db, { action: "sign_in.failed" });
    expect(kinds).toEqual(expect.arrayContaining(["sign_in.failed", "sign_in.locked"]));
    expect(entries[0]).toMatchObject({
      targetType: "account",
      targetId: "nobody-here@example.org",
      actor: "A visitor from 203.0.113.91",
      reason: "password",
    });
  });
});
