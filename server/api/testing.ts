import { randomUUID } from "node:crypto";
import { type Database } from "@/db/client";
import { type Role } from "@/db/enums";
import { enrolWithSecret } from "@/server/services/second-factor";
import { createUser } from "@/server/services/users";
import { createCaller } from "./root";
import { createInnerContext } from "./trpc";

// Integration-test helpers: real accounts made through the app's own write path, and tRPC
// callers acting as them, exactly as the route handler builds its context from a session.

export const TEST_PASSWORD = "correct horse battery staple";
export const TEST_TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/** An account of the role; moderators and admins have a second factor, as they must to act (TEST_TOTP_SECRET). */
export async function makeAccount(db: Database, role: Role, name = `${role} ${randomUUID().slice(0, 8)}`) {
  const user = await createUser(db, { email: `${randomUUID()}@example.org`, password: TEST_PASSWORD, role, name });
  if (role !== "contributor") await enrolWithSecret(db, user.id, TEST_TOTP_SECRET);
  return user;
}

/** A caller in a session that has just signed in (`signedInAt` to say otherwise). */
export const callerAs = (db: Database, userId: string | null, signedInAt = Date.now()) =>
  createCaller(createInnerContext({ db, userId, signedInAt: userId ? signedInAt : null }));

/**
 * Publishes, as the moderator `caller()` gives, a new intergovernmental position of a government on IXPs
 * each time `publish` is called (a moderator's proposal is published at once), each stated a day after
 * the one before from `firstDay`; `nextDate` takes the next day for a position made otherwise.
 */
export function dailyIxpPublisher(caller: () => ReturnType<typeof callerAs>, firstDay: string) {
  let day = 0;
  const nextDate = () => new Date(Date.parse(firstDay) + day++ * 86_400_000).toISOString().slice(0, 10);
  const publish = (government: string) =>
    caller().contributions.propose({
      government,
      topic: "ixps",
      stance: "intergovernmental",
      statedOn: nextDate(),
      summary: `${government} wants the state to run exchange points.`,
      sources: ["https://example.org/s"],
    });
  return { publish, nextDate };
}
