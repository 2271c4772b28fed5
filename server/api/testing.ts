import { randomUUID } from "node:crypto";
import { type Database } from "@/db/client";
import { type Role } from "@/db/enums";
import { createUser } from "@/server/services/users";
import { createCaller } from "./root";
import { createInnerContext } from "./trpc";

// Integration-test helpers: real accounts made through the app's own write path, and tRPC
// callers acting as them, exactly as the route handler builds its context from a session.

export const TEST_PASSWORD = "correct horse battery staple";

export async function makeAccount(db: Database, role: Role, name = `${role} ${randomUUID().slice(0, 8)}`) {
  return createUser(db, { email: `${randomUUID()}@example.org`, password: TEST_PASSWORD, role, name });
}

export const callerAs = (db: Database, userId: string | null) => createCaller(createInnerContext({ db, userId }));
