import "server-only";
import { type Database } from "@/db/client";
import { countHit, forgetHits, RATE_LIMITS, type RateLimitRule, refuseIfSpent } from "@/server/services/rate-limits";

// Password guessing, slowed without locking owners out (rate-limiter-flexible's login
// protection pattern; ASVS 5.0 V6.3.1). Only failures count:
// - one address and one account: 10 failures in a row (a success starts again) stop that
//   address trying that account for 15 minutes; the owner, elsewhere, is not affected;
// - one address, any accounts: 30 failures in 15 minutes stop it (password spraying);
// - one account, any addresses: 100 failures in an hour stop it for the rest of the hour
//   (guessing from many addresses), the ceiling ASVS sets.

const pairKey = (account: string, address: string) => `${account}|${address}`;

/** Throws RateLimitedError when this address may not try this account now; counts nothing. */
export async function refuseIfGuessing(db: Database, account: string, address: string): Promise<void> {
  await refuseIfSpent(db, RATE_LIMITS.signInFailuresPerAddress, address);
  await refuseIfSpent(db, RATE_LIMITS.signInFailuresPerAccountAndAddress, pairKey(account, address));
  await refuseIfSpent(db, RATE_LIMITS.signInFailuresPerAccount, account);
}

/** Counts a failure; returns the rules this failure used up (the lockouts that begin now), for the audit log. */
export async function countFailure(db: Database, account: string, address: string): Promise<RateLimitRule[]> {
  const counted: [RateLimitRule, string][] = [
    [RATE_LIMITS.signInFailuresPerAddress, address],
    [RATE_LIMITS.signInFailuresPerAccountAndAddress, pairKey(account, address)],
    [RATE_LIMITS.signInFailuresPerAccount, account],
  ];
  const spent = await Promise.all(counted.map(([rule, key]) => countHit(db, rule, key)));
  return counted.filter((_, i) => spent[i]).map(([rule]) => rule);
}

/** A success: this address's run of failures on this account starts again. */
export async function countSuccess(db: Database, account: string, address: string): Promise<void> {
  await forgetHits(db, RATE_LIMITS.signInFailuresPerAccountAndAddress, pairKey(account, address));
}
