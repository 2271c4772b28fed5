// Who belongs to a bloc on a date: joined on or before it, and not left by then (a member is
// counted up to the day before the day it left). Client-safe: the matrix filters with it too.

export type MembershipPeriod = { iso3: string; joinedOn: string; leftOn: string | null };

export const isMemberOn = (period: MembershipPeriod, at: string) =>
  period.joinedOn <= at && (period.leftOn === null || at < period.leftOn);

/** The governments (ISO3) that are members on `at`. */
export const membersOn = (periods: readonly MembershipPeriod[], at: string): Set<string> =>
  new Set(periods.filter((p) => isMemberOn(p, at)).map((p) => p.iso3));
