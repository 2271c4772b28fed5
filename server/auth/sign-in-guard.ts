import "server-only";
import { type Database } from "@/db/client";
import { addressForLimits } from "@/server/services/rate-limit-address";
import {
  consumeRateLimit,
  countHit,
  forgetHits,
  giveBackHit,
  RATE_LIMITS,
  RateLimitedError,
  type RateLimitRule,
  refuseIfSpent,
  remember,
  remembers,
} from "@/server/services/rate-limits";
import { recordSignIn, type SignInEvent } from "./sign-in-events";

// Guessing, slowed without locking owners out (rate-limiter-flexible's login protection pattern;
// ASVS 5.0 V6.3.1), at both steps of a sign-in: the password, and the code of an account with a
// second factor (a right password gives a fresh challenge each time, so only these limits bound
// how many codes can be tried). Only failures count; an address is an IPv6 client's /64.
// - one address and one account: 10 failures in a row stop that address trying that account for
//   15 minutes; only a whole sign-in (password and code) starts the run again, not a right password;
// - one address, any accounts: 30 failures in 15 minutes stop it (password spraying);
// - one account, any addresses: 100 failures in an hour stop every address the account has not
//   signed in from (password and code) in the last 30 days — guessing from many addresses, the
//   ceiling ASVS sets — while the owner, from an address they used before, still gets in: the
//   attacker is locked out, not the owner. Those addresses keep the two limits above.
// The code step counts a guess before checking it (one atomic upsert per limit), so guesses sent
// in parallel cannot all slip under a limit; a right code is given back.

/** Who tries which account from where, for the log and the audit log. */
type Attempt = Omit<SignInEvent, "outcome" | "reason">;

const pairKey = (account: string, from: string) => `${account}|${from}`;

/** The limits a failure of `account` from `address` counts against, with their keys. */
function limitsFor(account: string, address: string): { rule: RateLimitRule; key: string }[] {
  const from = addressForLimits(address);
  return [
    { rule: RATE_LIMITS.signInFailuresPerAddress, key: from },
    { rule: RATE_LIMITS.signInFailuresPerAccountAndAddress, key: pairKey(account, from) },
    { rule: RATE_LIMITS.signInFailuresPerAccount, key: account },
  ];
}

/** Whether the account's ceiling passes this address by: the account signed in from it in the last 30 days. */
function isKnownAddress(db: Database, account: string, address: string): Promise<boolean> {
  return remembers(db, RATE_LIMITS.signInKnownAddress, pairKey(account, addressForLimits(address)));
}

/** Throws RateLimitedError when this address may not try this account now; counts nothing. */
export async function refuseIfGuessing(db: Database, account: string, address: string): Promise<void> {
  for (const { rule, key } of limitsFor(account, address)) {
    try {
      await refuseIfSpent(db, rule, key);
    } catch (error) {
      const passedBy =
        error instanceof RateLimitedError &&
        rule === RATE_LIMITS.signInFailuresPerAccount &&
        (await isKnownAddress(db, account, address));
      if (!passedBy) throw error;
    }
  }
}

/** Counts a failure; returns the rules this failure used up (the lockouts that begin now), for the audit log. */
export async function countFailure(db: Database, account: string, address: string): Promise<RateLimitRule[]> {
  const counted = limitsFor(account, address);
  const spent = await Promise.all(counted.map(({ rule, key }) => countHit(db, rule, key)));
  return counted.filter((_, i) => spent[i]).map(({ rule }) => rule);
}

/**
 * A guess counted as a failure before it is checked (the code step), atomically however many guesses
 * arrive at once: throws RateLimitedError when a limit is used up (counting nothing; the refusal is
 * logged). Returns the lockouts this guess begins if it is wrong, and how to give it back if it is right.
 */
export async function claimGuess(
  db: Database,
  attempt: Attempt,
): Promise<{ lockouts: RateLimitRule[]; giveBack(): Promise<void> }> {
  const { account, address } = attempt;
  const known = await isKnownAddress(db, account, address);
  const claimed: { rule: RateLimitRule; key: string }[] = [];
  const giveBack = async () => void (await Promise.all(claimed.map(({ rule, key }) => giveBackHit(db, rule, key))));
  const lockouts: RateLimitRule[] = [];
  try {
    for (const limit of limitsFor(account, address)) {
      const passedBy = known && limit.rule === RATE_LIMITS.signInFailuresPerAccount;
      const usedUp = passedBy
        ? await countHit(db, limit.rule, limit.key)
        : (await consumeRateLimit(db, limit.rule, limit.key)).remaining === 0;
      claimed.push(limit);
      if (usedUp) lockouts.push(limit.rule);
    }
  } catch (error) {
    await giveBack();
    if (error instanceof RateLimitedError)
      await recordSignIn(db, { ...attempt, outcome: "refused", reason: error.rule.description });
    throw error;
  }
  return { lockouts, giveBack };
}

/**
 * A whole sign-in (password and, with a second factor, its code), or a password confirmed in a
 * session: this address's run of failures on this account starts again, and the account's ceiling
 * passes this address by for 30 days.
 */
export async function countSuccess(db: Database, account: string, address: string): Promise<void> {
  const from = addressForLimits(address);
  await forgetHits(db, RATE_LIMITS.signInFailuresPerAccountAndAddress, pairKey(account, from));
  await remember(db, RATE_LIMITS.signInKnownAddress, pairKey(account, from));
}

/** refuseIfGuessing for a sign-in step: a refusal is logged ("refused": not audited, as an attacker repeats it). */
export async function refuseSignInIfGuessing(db: Database, attempt: Attempt): Promise<void> {
  try {
    await refuseIfGuessing(db, attempt.account, attempt.address);
  } catch (error) {
    if (error instanceof RateLimitedError)
      await recordSignIn(db, { ...attempt, outcome: "refused", reason: error.rule.description });
    throw error;
  }
}

/** A failed sign-in step, and each lockout it began, logged and audited (`sign_in.failed`, `sign_in.locked`). */
export async function recordFailure(
  db: Database,
  attempt: Attempt,
  reason: "password" | "code",
  lockouts: RateLimitRule[],
): Promise<void> {
  await recordSignIn(db, { ...attempt, outcome: "failure", reason });
  for (const rule of lockouts) await recordSignIn(db, { ...attempt, outcome: "locked", reason: rule.description });
}
