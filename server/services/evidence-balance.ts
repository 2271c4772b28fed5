import "server-only";
import { count, eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type EvidenceKind, type Stance } from "@/db/enums";
import { positions } from "@/db/schema";

// What each stance rests on: how many published positions hold it, by kind of evidence. The
// methodology's caveats are stated with these numbers, so they stay true as the record grows.

export type EvidenceBalance = { stance: Stance; evidence: EvidenceKind; positions: number }[];

export async function evidenceBalance(db: Database): Promise<EvidenceBalance> {
  const rows = await db
    .select({ stance: positions.stance, evidence: positions.evidence, positions: count() })
    .from(positions)
    .where(eq(positions.published, true))
    .groupBy(positions.stance, positions.evidence);
  // A published position always has a stance (its newest approved revision's).
  return rows.flatMap((row) =>
    row.stance ? [{ stance: row.stance, evidence: row.evidence, positions: row.positions }] : [],
  );
}
