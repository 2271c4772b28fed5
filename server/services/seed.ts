import "server-only";
import { type Database } from "@/db/client";
import { type ReferenceCounts, seedReference } from "@/db/seed";
import { type DatasetLoad, loadDataset } from "./dataset";

// What `npm start` and `npm run db:seed` put in a database: the reference data (db/seed.ts), then
// the reference dataset of positions (each file once; see dataset.ts). Safe to run any number of
// times, by several servers at once.

export type SeedReport = ReferenceCounts & { dataset: DatasetLoad[] };

export async function seedDatabase(db: Database, opts: { dataset?: boolean } = {}): Promise<SeedReport> {
  const reference = await seedReference(db);
  return { ...reference, dataset: (opts.dataset ?? true) ? await loadDataset(db) : [] };
}
