import "server-only";
import { type Database } from "@/db/client";
import { countHit, forgetHits, RATE_LIMITS, refuseIfSpent } from "@/server/services/rate-limits";

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

export async function countFailure(db: Database, account: string, address: string): Promise<void> {
  await countHit(db, RATE_LIMITS.signInFailuresPerAddress, address);
  await countHit(db, RATE_LIMITS.signInFailuresPerAccountAndAddress, pairKey(account, address));
  await countHit(db, RATE_LIMITS.signInFailuresPerAccount, account);
}

/** A success: this address's run of failures on this account starts again. */
export async function countSuccess(db: Database, account: string, address: string): Promise<void> {
  await forgetHits(db, RATE_LIMITS.signInFailuresPerAccountAndAddress, pairKey(account, address));
}
