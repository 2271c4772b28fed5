import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { consumeRateLimit, RateLimitedError, type RateLimitRule } from "./rate-limits";

const rule = (name: string, points: number, seconds: number): RateLimitRule => ({
  name,
  points,
  seconds,
  description: "test attempts",
});
const noTimer = { clearExpired: false };

describe.each(TEST_DRIVERS)("rate limits counted in the database on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  it("allows the rule's number of hits, then refuses with when to try again", async () => {
    const limit = rule("three-per-hour", 3, 3600);
    for (let i = 0; i < 3; i++) await consumeRateLimit(t.db, limit, "203.0.113.7", noTimer);
    const refused = consumeRateLimit(t.db, limit, "203.0.113.7", noTimer);
    await expect(refused).rejects.toThrow(RateLimitedError);
    await expect(consumeRateLimit(t.db, limit, "203.0.113.7", noTimer)).rejects.toThrow(
      "Too many test attempts. Try again in 60 minutes.",
    );
  });

  it("counts each key on its own, whatever its case", async () => {
    const limit = rule("one-per-hour", 1, 3600);
    await consumeRateLimit(t.db, limit, "Ada@Example.org", noTimer);
    await expect(consumeRateLimit(t.db, limit, "ada@example.org", noTimer)).rejects.toThrow(RateLimitedError);
    await expect(consumeRateLimit(t.db, limit, "grace@example.org", noTimer)).resolves.toEqual({ remaining: 0 });
  });

  it("recovers once the window has passed", async () => {
    const limit = rule("one-per-second", 1, 1);
    await consumeRateLimit(t.db, limit, "key", noTimer);
    await expect(consumeRateLimit(t.db, limit, "key", noTimer)).rejects.toThrow(RateLimitedError);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(consumeRateLimit(t.db, limit, "key", noTimer)).resolves.toEqual({ remaining: 0 });
  });

  it("counts a key too long for the key column (an email of 300 characters) on its own, without a database error", async () => {
    const limit = rule("one-per-hour-long", 1, 3600);
    const long = `${"a".repeat(288)}@example.org`;
    await consumeRateLimit(t.db, limit, long, noTimer);
    await expect(consumeRateLimit(t.db, limit, long.toUpperCase(), noTimer)).rejects.toThrow(RateLimitedError);
    await expect(consumeRateLimit(t.db, limit, `${"a".repeat(287)}b@example.org`, noTimer)).resolves.toEqual({
      remaining: 0,
    });
  });

  it("counts concurrent hits atomically: exactly the limit gets through", async () => {
    const limit = rule("ten-per-hour", 10, 3600);
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => consumeRateLimit(t.db, limit, "burst", noTimer)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof RateLimitedError)).toHaveLength(15);
  });
});
