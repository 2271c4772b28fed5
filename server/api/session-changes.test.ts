import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { liveSessionUser } from "@/server/auth/credentials";
import { enrolWithSecret } from "@/server/services/second-factor";
import { banUser, setRole } from "@/server/services/user-admin";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount, TEST_TOTP_SECRET } from "./testing";

// A session reads its account's role and ban from the database on every call: an admin's change applies to
// the very next request of a session already open.

describe.each(TEST_DRIVERS)("changes to an account reach its open session at once, on %s", (kind) => {
  let t: TestDatabase;
  let admin: { id: string; name: string; role: "admin" };
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
    admin = { ...(await makeAccount(t.db, "admin")), role: "admin" };
  });
  afterAll(() => t.destroy());

  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
    );

  it("a ban stops writes on the next request and ends the session", async () => {
    const user = await makeAccount(t.db, "contributor");
    const session = callerAs(t.db, user.id);
    expect(await code(session.contributions.mine())).toBe("OK");
    expect(await liveSessionUser(t.db, user.id, 0)).not.toBeNull();
    await banUser(t.db, admin, { userId: user.id, reason: "Vandalism" });
    expect(await code(session.contributions.mine())).toBe("FORBIDDEN");
    expect(await liveSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await liveSessionUser(t.db, user.id, 1)).toBeNull();
  });

  it("a role change applies to the next request of an open session", async () => {
    const user = await makeAccount(t.db, "contributor");
    await enrolWithSecret(t.db, user.id, TEST_TOTP_SECRET);
    const session = callerAs(t.db, user.id);
    expect(await code(session.adminUsers.list({}))).toBe("FORBIDDEN");
    await setRole(t.db, admin, { userId: user.id, role: "admin" });
    expect(await code(session.adminUsers.list({}))).toBe("OK");
    await setRole(t.db, admin, { userId: user.id, role: "contributor" });
    expect(await code(session.adminUsers.list({}))).toBe("FORBIDDEN");
  });
});
