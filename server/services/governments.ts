import "server-only";
import { asc, eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { governments } from "@/db/schema";
import { type GovernmentsQuery } from "@/server/schemas/reference";

export type GovernmentSummary = { iso3: string; name: string; region: string; subregion: string };

export function listGovernments(db: Database, query: GovernmentsQuery = {}): Promise<GovernmentSummary[]> {
  return db
    .select({ iso3: governments.iso3, name: governments.name, region: governments.region, subregion: governments.subregion })
    .from(governments)
    .where(query.region ? eq(governments.region, query.region) : undefined)
    .orderBy(asc(governments.name));
}
