import { type Role } from "@/db/enums";

// How long a session lasts (ASVS 5.0 V7.3): an idle limit (no request for that long ends it)
// and an absolute one (from sign-in), shorter for the accounts that can change what everyone sees.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_LIFETIMES = {
  contributor: { idleMs: 7 * DAY, absoluteMs: 30 * DAY },
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
} as const;

/** Role and security changes by an admin need a sign-in this recent (re-authentication, ASVS V7.5.3). */
export const RECENT_SIGN_IN_MS = 15 * MINUTE;

/** A session's last use is written at most this often, not on every request. */
export const TOUCH_EVERY_MS = MINUTE;

export const lifetimeOf = (role: Role) =>
  role === "contributor" ? SESSION_LIFETIMES.contributor : SESSION_LIFETIMES.staff;

export function sessionExpired(role: Role, session: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  const { idleMs, absoluteMs } = lifetimeOf(role);
  return (
    now.getTime() - session.lastSeenAt.getTime() > idleMs || now.getTime() - session.createdAt.getTime() > absoluteMs
  );
}
