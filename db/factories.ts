import { eq } from "drizzle-orm";
import { type Database } from "./client";
import { positions } from "./schema";
import { type ApprovedPositionInput, insertApprovedPosition } from "./approved-position";
import { SYSTEM_USERS } from "./system-users";

// Test data: each test makes what it needs through the same write path the app uses.

export const TEST_SOURCE = "https://example.org/test-source";

export async function approvedPosition(
  db: Database,
  input: Pick<ApprovedPositionInput, "government" | "topic" | "stance" | "statedOn"> & Partial<ApprovedPositionInput>,
): Promise<number> {
  const id = await db.transaction((tx) =>
    insertApprovedPosition(tx, {
      summary: `Test position of ${input.government} on ${input.topic} stated ${input.statedOn}.`,
      sources: [TEST_SOURCE],
      authorId: SYSTEM_USERS.seed.id,
      reviewerId: SYSTEM_USERS.seed.id,
      ...input,
    }),
  );
  if (id === null)
    throw new Error(`A position for ${input.government}/${input.topic}/${input.statedOn} exists already`);
  return id;
}

/** A position's current revision id (0 when it has none): the version a moderator's page shows. */
export async function currentRevisionOf(db: Database, positionId: number): Promise<number> {
  const [row] = await db
    .select({ id: positions.currentRevisionId })
    .from(positions)
    .where(eq(positions.id, positionId));
  return row?.id ?? 0;
}
