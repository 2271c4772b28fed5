import "server-only";
import { type Logger } from "pino";
import { type Database } from "@/db/client";
import { auditLog } from "@/db/schema";
import { log as serverLog } from "@/server/log";

// Every sign-in, failed sign-in, lockout and sign-out is logged (ASVS 5.0 V16.3.1): who (the
// account as typed, and its id when there is one), from where, how, and the outcome; never a
// password or code. Failures and the start of a lockout, at the password step or the code step
// (sign-in-guard.ts), also go to the audit log, for /admin/audit.

export type SignInEvent = {
  /** "locked": this failure began a lockout; "refused": an attempt during one (logged, not audited: an attacker repeats it). */
  outcome: "success" | "failure" | "locked" | "refused" | "sign-out";
  /** The email as typed (sign-in) or the account's (sign-out). */
  account: string;
  userId?: string | null;
  address: string;
  method?: string;
  /** Why a sign-in failed or was refused: "password", "code", or the rate limit's description. */
  reason?: string;
};

export async function recordSignIn(db: Database, event: SignInEvent, log: Logger = serverLog): Promise<void> {
  const level = event.outcome === "success" || event.outcome === "sign-out" ? "info" : "warn";
  log[level]({ event: "sign_in", ...event }, `sign-in ${event.outcome}`);
  if (event.outcome !== "failure" && event.outcome !== "locked") return;
  await db.insert(auditLog).values({
    actorId: null,
    action: event.outcome === "failure" ? "sign_in.failed" : "sign_in.locked",
    targetType: event.userId ? "user" : "account",
    targetId: event.userId ?? event.account,
    reason: event.reason ?? null,
    details: { address: event.address, account: event.account, ...(event.method ? { method: event.method } : {}) },
  });
}
