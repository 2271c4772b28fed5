import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { RateLimitedError } from "./rate-limits";
import { registerContributor } from "./sign-up";

const PASSWORD = "correct horse battery staple";

describe.each(TEST_DRIVERS)("signing up on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  const accountsWith = async (email: string) =>
    (await t.db.select({ n: count() }).from(users).where(eq(users.email, email)))[0]?.n;

  it("creates a contributor, and for an email that has an account creates nothing (the form then signs in, or says the password does not match)", async () => {
    await registerContributor(t.db, { name: "Grace", email: "grace@example.org", password: PASSWORD }, "198.51.100.20");
    expect(await t.db.select({ role: users.role }).from(users).where(eq(users.email, "grace@example.org"))).toEqual([
      { role: "contributor" },
    ]);
    await registerContributor(
      t.db,
      { name: "Not Grace", email: "grace@example.org", password: "another long passphrase here" },
      "198.51.100.21",
    );
    expect(await accountsWith("grace@example.org")).toBe(1);
  });

  it("answers at most five sign-ups with one email an hour, from any addresses: whether an email is taken cannot be asked in bulk", async () => {
    await t.db.execute(sql`delete from rate_limits`);
    for (let i = 0; i < 5; i++)
      await registerContributor(
        t.db,
        { name: "Probe", email: "probed@example.org", password: PASSWORD },
        `203.0.113.${i + 1}`,
      );
    await expect(
      registerContributor(t.db, { name: "Probe", email: "probed@example.org", password: PASSWORD }, "203.0.113.99"),
    ).rejects.toThrow(RateLimitedError);
    await expect(
      registerContributor(t.db, { name: "Probe", email: "probed@example.org", password: PASSWORD }, "203.0.113.99"),
    ).rejects.toThrow(/Too many sign-ups with one email/);
    await registerContributor(t.db, { name: "Other", email: "other@example.org", password: PASSWORD }, "203.0.113.99");
    expect(await accountsWith("other@example.org")).toBe(1);
  });
});
