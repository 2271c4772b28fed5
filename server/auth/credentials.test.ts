import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { createUser, updateUser } from "@/server/services/users";
import { checkCredentials, liveSessionUser } from "./credentials";
import { countFailure } from "./sign-in-guard";

const PASSWORD = "correct horse battery staple";

describe.each(TEST_DRIVERS)("signing in with email and password on %s", (kind) => {
  let t: TestDatabase;
  let adaId: string;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    adaId = (await createUser(t.db, { email: "ada@example.org", password: PASSWORD, name: "Ada" })).id;
    await createUser(t.db, { email: "banned@example.org", password: PASSWORD });
    await t.db
      .update(users)
      .set({ bannedAt: new Date(), banReason: "spam" })
      .where(eq(users.email, "banned@example.org"));
  });
  afterAll(() => t.destroy());

  it("accepts the right password, whatever the email's case", async () => {
    expect(await checkCredentials(t.db, { email: "ADA@example.org", password: PASSWORD }, "198.51.100.1")).toEqual({
      id: adaId,
      name: "Ada",
      email: "ada@example.org",
      sessionVersion: 0,
    });
  });

  it("answers a wrong password, an unknown email, a banned account and a system account alike", async () => {
    for (const input of [
      { email: "ada@example.org", password: "not the right passphrase" },
      { email: "nobody@example.org", password: PASSWORD },
      { email: "banned@example.org", password: PASSWORD },
      { email: SYSTEM_USERS.seed.id, password: PASSWORD },
      { email: "ada@example.org" },
    ]) {
      expect(await checkCredentials(t.db, input, "198.51.100.2")).toBeNull();
    }
  });

  const attempt = (email: string, password: string, address: string) =>
    checkCredentials(t.db, { email, password }, address);
  /**
   * `count` wrong passwords for `email` from the addresses `from(i)`: all but the last counted the way a wrong
   * password is (checkPassword's countFailure), without an argon2 hash each; the last one typed.
   */
  async function failures(count: number, email: string, from: (i: number) => string) {
    for (let i = 0; i < count - 1; i++) await countFailure(t.db, email, from(i));
    expect(await attempt(email, "a wrong guess", from(count - 1))).toBeNull();
  }

  it("counts failures only: ten successful sign-ins in a row lock nothing", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    for (let i = 0; i < 12; i++)
      expect(await attempt("ada@example.org", PASSWORD, "198.51.100.3")).toMatchObject({ id: adaId });
  });

  it("stops ten failures in a row from one address on one account, and does not lock the owner out elsewhere", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    await createUser(t.db, { email: "target@example.org", password: PASSWORD });
    for (let i = 0; i < 10; i++)
      expect(await attempt("target@example.org", `wrong guess number ${i}`, "203.0.113.66")).toBeNull();
    await expect(attempt("target@example.org", PASSWORD, "203.0.113.66")).rejects.toThrow(
      /Too many failed sign-ins to this account from this address/,
    );
    // The owner, from their own address, signs in.
    await expect(attempt("target@example.org", PASSWORD, "198.51.100.77")).resolves.toMatchObject({
      email: "target@example.org",
    });
  });

  it("starts the count again after a success", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    for (let i = 0; i < 9; i++) await attempt("ada@example.org", `a mistyped passphrase ${i}`, "198.51.100.4");
    expect(await attempt("ada@example.org", PASSWORD, "198.51.100.4")).toMatchObject({ id: adaId });
    for (let i = 0; i < 9; i++) await attempt("ada@example.org", `a mistyped passphrase ${i}`, "198.51.100.4");
    await expect(attempt("ada@example.org", PASSWORD, "198.51.100.4")).resolves.toMatchObject({ id: adaId });
  });

  it("slows guessing of one account from many addresses: 100 failures in an hour stop it for the hour", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    await createUser(t.db, { email: "widely-guessed@example.org", password: PASSWORD });
    await failures(100, "widely-guessed@example.org", (i) => `10.1.${Math.floor(i / 9)}.${i % 9}`);
    await expect(attempt("widely-guessed@example.org", PASSWORD, "198.51.100.200")).rejects.toThrow(
      /Too many failed sign-ins to this account\./,
    );
    await expect(attempt("ada@example.org", PASSWORD, "198.51.100.200")).resolves.toMatchObject({ id: adaId }); // other accounts are not held back
  });

  it("stops one address after 30 failures in 15 minutes, whichever accounts it tries", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    for (let i = 0; i < 30; i++) await attempt(`nobody${i}@example.org`, "a wrong guess", "192.0.2.50");
    await expect(attempt("ada@example.org", PASSWORD, "192.0.2.50")).rejects.toThrow(
      /Too many failed sign-ins from one address/,
    );
    // Another address is not held back.
    await expect(attempt("ada@example.org", PASSWORD, "192.0.2.51")).resolves.toMatchObject({
      email: "ada@example.org",
    });
  });

  it("100 failures from other addresses do not lock the owner out of an address they signed in from before", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    await createUser(t.db, { email: "owner@example.org", password: PASSWORD });
    expect(await attempt("owner@example.org", PASSWORD, "198.51.100.90")).toMatchObject({ email: "owner@example.org" }); // home
    await failures(100, "owner@example.org", (i) => `10.4.${Math.floor(i / 9)}.${i % 9}`);
    await expect(attempt("owner@example.org", PASSWORD, "198.51.100.90")).resolves.toMatchObject({
      email: "owner@example.org",
    });
    // A typo at home is a wrong password, not a lockout.
    expect(await attempt("owner@example.org", "a mistyped passphrase", "198.51.100.90")).toBeNull();
  });

  it("a new address is still stopped at the ceiling of 100 failures an hour, even with the right password", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    await createUser(t.db, { email: "owner2@example.org", password: PASSWORD });
    expect(await attempt("owner2@example.org", PASSWORD, "198.51.100.91")).toMatchObject({
      email: "owner2@example.org",
    });
    await failures(100, "owner2@example.org", (i) => `10.5.${Math.floor(i / 9)}.${i % 9}`);
    await expect(attempt("owner2@example.org", PASSWORD, "198.51.100.92")).rejects.toThrow(
      /Too many failed sign-ins to this account\./,
    );
    await expect(attempt("owner2@example.org", PASSWORD, "10.5.0.0")).rejects.toThrow(
      /Too many failed sign-ins to this account\./,
    );
    // Signing in from an address years ago is not "before": only the last 30 days count (a row in rate_limits that expires).
    await t.db.execute(
      sql`update rate_limits set expire = now() - interval '1 second' where key like 'sign-in-known:%'`,
    );
    await expect(attempt("owner2@example.org", PASSWORD, "198.51.100.91")).rejects.toThrow(
      /Too many failed sign-ins to this account\./,
    );
  });

  it("answers a 300-character email with the wrong-password answer, not a server error", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    const long = `${"a".repeat(288)}@example.org`;
    expect(await attempt(long, "a wrong guess", "198.51.100.93")).toBeNull();
    expect(await attempt(long.toUpperCase(), "a wrong guess", "198.51.100.93")).toBeNull();
  });

  it("counts IPv6 failures by /64: 30 from one /64 stop every address in it, not the next /64", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    for (let i = 0; i < 30; i++)
      await attempt(`nobody${i}@example.org`, "a wrong guess", `2001:db8:1:2::${(i + 1).toString(16)}`);
    await expect(attempt("ada@example.org", PASSWORD, "2001:db8:1:2:ffff::1")).rejects.toThrow(
      /Too many failed sign-ins from one address/,
    );
    await expect(attempt("ada@example.org", PASSWORD, "2001:db8:1:3::1")).resolves.toMatchObject({
      email: "ada@example.org",
    });
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 address", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    for (let i = 0; i < 30; i++) await attempt(`nobody${i}@example.org`, "a wrong guess", "192.0.2.60");
    await expect(attempt("ada@example.org", PASSWORD, "::ffff:192.0.2.60")).rejects.toThrow(
      /Too many failed sign-ins from one address/,
    );
  });

  it("ends a session at once when the account is banned or its password changes", async () => {
    expect(await liveSessionUser(t.db, adaId, 0)).toEqual({ id: adaId, name: "Ada", role: "contributor" });
    await updateUser(t.db, { email: "ada@example.org", password: "another long passphrase" });
    expect(await liveSessionUser(t.db, adaId, 0)).toBeNull();
    expect(await liveSessionUser(t.db, adaId, 1)).not.toBeNull();
    await t.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, adaId));
    expect(await liveSessionUser(t.db, adaId, 1)).toBeNull();
  });

  it("shows a role change on the next request", async () => {
    const { id } = await createUser(t.db, { email: "mod@example.org", password: PASSWORD });
    await updateUser(t.db, { email: "mod@example.org", role: "moderator" });
    expect(await liveSessionUser(t.db, id, 0)).toMatchObject({ role: "moderator" });
  });
});
