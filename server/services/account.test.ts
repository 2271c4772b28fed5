import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount, TEST_PASSWORD } from "@/server/api/testing";
import { checkCredentials, liveSessionUser } from "@/server/auth/credentials";
import { changePassword, endAllSessions } from "./account";

const NEW_PASSWORD = "a brand new passphrase for tests";
const ADDRESS = "198.51.100.9";

describe.each(TEST_DRIVERS)("a user's own account on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  it("changes the password only with the current one, and ends every session", async () => {
    const user = await makeAccount(t.db, "contributor");
    await expect(
      changePassword(t.db, user.id, { currentPassword: "not my password at all", newPassword: NEW_PASSWORD }, ADDRESS),
    ).rejects.toThrow(/not your current password/);
    await expect(
      changePassword(t.db, user.id, { currentPassword: TEST_PASSWORD, newPassword: "password" }, ADDRESS),
    ).rejects.toThrow(/at least 15/);
    expect(await liveSessionUser(t.db, user.id, 0)).not.toBeNull(); // nothing changed yet
    await changePassword(t.db, user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, ADDRESS);
    expect(await liveSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await checkCredentials(t.db, { email: user.email, password: TEST_PASSWORD }, "test")).toBeNull();
    expect(await checkCredentials(t.db, { email: user.email, password: NEW_PASSWORD }, "test")).toMatchObject({
      id: user.id,
      sessionVersion: 1,
    });
    const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.hash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a common password as the new one", async () => {
    const user = await makeAccount(t.db, "contributor");
    await expect(
      changePassword(t.db, user.id, { currentPassword: TEST_PASSWORD, newPassword: "passwordpassword" }, ADDRESS),
    ).rejects.toThrow(/too common/);
  });

  it("signing out ends the account's sessions on every device", async () => {
    const user = await makeAccount(t.db, "contributor");
    await endAllSessions(t.db, user.id);
    expect(await liveSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await liveSessionUser(t.db, user.id, 1)).not.toBeNull();
  });
});
