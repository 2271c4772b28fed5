import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { type Database } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { addressForLimits } from "./rate-limit-address";

// Limits on sign-in, sign-up and writes, counted in the database (rate-limiter-flexible's
// atomic Drizzle store: one upsert per hit), so every app server behind a load balancer
// shares the same counters. Keys are case-blind; a key too long for the column (an email can
// be any length) is stored as its SHA-256, so it is still counted on its own. Per-address keys
// count an IPv6 client by its /64 (rate-limit-address.ts). The same store also remembers facts
// for a while (`remember`): where an account has signed in from, for the sign-in limits.

export type RateLimitRule = { name: string; points: number; seconds: number; description: string };

/** The limits in force, and why these numbers (SECURITY.md, Rate limits). */
export const RATE_LIMITS = {
  // Failed password checks only (server/auth/sign-in-guard.ts): a success counts nothing and clears its pair's count.
  signInFailuresPerAddress: {
    name: "sign-in-fail-ip",
    points: 30,
    seconds: 15 * 60,
    description: "failed sign-ins from one address",
  },
  signInFailuresPerAccountAndAddress: {
    name: "sign-in-fail-pair",
    points: 10,
    seconds: 15 * 60,
    description: "failed sign-ins to this account from this address",
  },
  signInFailuresPerAccount: {
    name: "sign-in-fail-account",
    points: 100,
    seconds: 60 * 60,
    description: "failed sign-ins to this account",
  },
  // Not a limit: an address (IPv6: its /64) this account signed in from, password and code, in the last 30 days.
  signInKnownAddress: {
    name: "sign-in-known",
    points: 1,
    seconds: 30 * 24 * 60 * 60,
    description: "addresses this account signed in from",
  },
  // Each sign-in link is an email sent: every request counts.
  emailLinksPerIp: {
    name: "email-link-ip",
    points: 30,
    seconds: 15 * 60,
    description: "sign-in links asked for from one address",
  },
  emailLinksPerEmail: {
    name: "email-link-email",
    points: 10,
    seconds: 15 * 60,
    description: "sign-in links asked for one account",
  },
  signUpPerIp: { name: "sign-up-ip", points: 10, seconds: 60 * 60, description: "accounts created from one address" },
  signUpPerEmail: { name: "sign-up-email", points: 5, seconds: 60 * 60, description: "sign-ups with one email" },
  proposalsPerUser: {
    name: "proposals-user",
    points: 60,
    seconds: 60 * 60,
    description: "proposals by one contributor",
  },
  flagsPerUser: { name: "flags-user", points: 30, seconds: 60 * 60, description: "flags by one reader" },
  repliesPerUser: { name: "replies-user", points: 20, seconds: 60 * 60, description: "replies by one representative" },
} satisfies Record<string, RateLimitRule>;

export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(
    readonly rule: RateLimitRule,
    readonly retryAfterSeconds: number,
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many ${rule.description}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

// rate_limits.key is varchar(255) and holds `${rule.name}:${key}`.
const KEY_COLUMN_LENGTH = 255;
const HASHED = "sha256:";

/** The key as stored: lower-cased, or its hash when it would not fit (or could be taken for a hash). */
function storedKey(rule: RateLimitRule, key: string): string {
  const lower = key.toLowerCase();
  if (lower.length <= KEY_COLUMN_LENGTH - rule.name.length - 1 && !lower.startsWith(HASHED)) return lower;
  return HASHED + createHash("sha256").update(lower).digest("hex");
}

const limiters = new WeakMap<Database, Map<string, RateLimiterDrizzle>>();

function limiterFor(db: Database, rule: RateLimitRule, clearExpired: boolean): RateLimiterDrizzle {
  let byRule = limiters.get(db);
  if (!byRule) limiters.set(db, (byRule = new Map()));
  const id = `${rule.name}:${rule.points}:${rule.seconds}`;
  let limiter = byRule.get(id);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: rule.name,
      points: rule.points,
      duration: rule.seconds,
      clearExpiredByTimeout: clearExpired,
    });
    byRule.set(id, limiter);
  }
  return limiter;
}

/**
 * Counts one hit of `key` (an address, an email, a user id) against the rule; throws
 * RateLimitedError, saying when to try again, once the rule's points are used up.
 */
export async function consumeRateLimit(
  db: Database,
  rule: RateLimitRule,
  key: string,
  opts: { clearExpired?: boolean } = {},
): Promise<{ remaining: number }> {
  try {
    const res = await limiterFor(db, rule, opts.clearExpired ?? true).consume(storedKey(rule, key));
    return { remaining: res.remainingPoints };
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(rule, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** A per-address rule (the address from clientAddress: never skipped, "unknown" counts as one; IPv6 by its /64). */
export async function consumeAddressRateLimit(db: Database, rule: RateLimitRule, address: string): Promise<void> {
  await consumeRateLimit(db, rule, addressForLimits(address));
}

/** Throws RateLimitedError if `key` has used up the rule's points; counts nothing. */
export async function refuseIfSpent(db: Database, rule: RateLimitRule, key: string): Promise<void> {
  const state = await limiterFor(db, rule, true).get(storedKey(rule, key));
  if (state && state.consumedPoints >= rule.points)
    throw new RateLimitedError(rule, Math.ceil(state.msBeforeNext / 1000));
}

/** Counts one hit of `key` against the rule without refusing anything now (a failure already answered); true when this hit used the last point. */
export async function countHit(db: Database, rule: RateLimitRule, key: string): Promise<boolean> {
  return limiterFor(db, rule, true)
    .consume(storedKey(rule, key))
    .then((res) => res.remainingPoints === 0)
    .catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
      return false;
    });
}

/** Forgets `key`'s count under the rule. */
export async function forgetHits(db: Database, rule: RateLimitRule, key: string): Promise<void> {
  await limiterFor(db, rule, true).delete(storedKey(rule, key));
}

/** Takes back one hit of `key` counted ahead of time (an attempt that turned out right); never below zero, never into a new window. */
export async function giveBackHit(db: Database, rule: RateLimitRule, key: string): Promise<void> {
  const stored = limiterFor(db, rule, true).getKey(storedKey(rule, key));
  await db
    .update(rateLimits)
    .set({ points: sql`greatest(${rateLimits.points} - 1, 0)` })
    .where(and(eq(rateLimits.key, stored), gt(rateLimits.expire, new Date())));
}

/** Remembers `key` under the rule for the rule's whole window from now (a fact, not a hit: nothing is refused). */
export async function remember(db: Database, rule: RateLimitRule, key: string): Promise<void> {
  await limiterFor(db, rule, true).set(storedKey(rule, key), rule.points, rule.seconds);
}

/** Whether `key` was remembered under the rule within its window. */
export async function remembers(db: Database, rule: RateLimitRule, key: string): Promise<boolean> {
  return (await limiterFor(db, rule, true).get(storedKey(rule, key))) !== null;
}
