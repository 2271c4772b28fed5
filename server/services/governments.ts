import "server-only";
import { asc, eq } from "drizzle-orm";
import { type Database } from "@/db/client";
import { governments } from "@/db/schema";
import { NotFoundError } from "@/server/shared/errors";
import { type GovernmentsQuery } from "@/server/schemas/reference";

export type GovernmentSummary = { iso3: string; name: string; region: string; subregion: string };

export function listGovernments(db: Database, query: GovernmentsQuery = {}): Promise<GovernmentSummary[]> {
  return db
    .select({
      iso3: governments.iso3,
      name: governments.name,
      region: governments.region,
      subregion: governments.subregion,
    })
    .from(governments)
    .where(query.region ? eq(governments.region, query.region) : undefined)
    .orderBy(asc(governments.name));
}

export type GovernmentEntry = GovernmentSummary & { m49: string; officialName: string };

const entryColumns = {
  iso3: governments.iso3,
  name: governments.name,
  officialName: governments.officialName,
  region: governments.region,
  subregion: governments.subregion,
  m49: governments.m49,
};

/** Everything the pages show about governments, including the M49 code the world map is keyed by. */
export function governmentDirectory(db: Database): Promise<GovernmentEntry[]> {
  return db.select(entryColumns).from(governments).orderBy(asc(governments.name));
}

export async function getGovernment(db: Database, iso3: string): Promise<GovernmentEntry & { unStatus: string }> {
  const [row] = await db
    .select({ ...entryColumns, unStatus: governments.unStatus })
    .from(governments)
    .where(eq(governments.iso3, iso3.toUpperCase()));
  if (!row) throw new NotFoundError(`No government has the code ${iso3}.`);
  return row;
}
