import { type DatabaseKind } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { seedDatabase } from "@/server/services/seed";

/**
 * A fresh database for a benchmark, seeded as `npm start` seeds it (reference data and the reference dataset). Not
 * server/testing/database.ts: that one reads the test run's templates from Vitest, and a benchmark runs without it.
 */
export const benchDatabase = (kind: DatabaseKind): Promise<TestDatabase> =>
  createTestDatabase(kind, { seed: (db) => seedDatabase(db, { dataset: true }) });
