import "server-only";
import { type Database } from "@/db/client";
import { type PairAgreement, agreementBetween, byAgreement, type StancesByTopic } from "@/server/shared/agreement";
import { todayUtc } from "@/server/shared/dates";
import { getGovernment } from "./governments";
import { matrixAsOf } from "./matrix";

// "Closest and furthest": the governments that agree most and least with one government as of
// today, over the topics both have a position on (at least MIN_SHARED_TOPICS of them). With
// fewer than ten such governments, the furthest list holds only those not already closest.

export const MIN_SHARED_TOPICS = 3;
const LISTED = 5;

export type Counterpart = PairAgreement & { name: string };
export type GovernmentAgreement = {
  iso3: string;
  at: string;
  minSharedTopics: number;
  closest: Counterpart[];
  furthest: Counterpart[];
};

export async function closestAndFurthest(db: Database, iso3: string): Promise<GovernmentAgreement> {
  const government = await getGovernment(db, iso3);
  const at = todayUtc();
  const matrix = await matrixAsOf(db, { at });
  const stances = (cells: (typeof matrix.rows)[number]["cells"]): StancesByTopic =>
    Object.fromEntries(Object.entries(cells).map(([topic, cell]) => [topic, cell?.stance ?? null]));
  const own = matrix.rows.find((row) => row.iso3 === government.iso3);
  const pairs = own
    ? matrix.rows
        .filter((row) => row.iso3 !== government.iso3)
        .map((row) => ({
          ...agreementBetween(government.iso3, stances(own.cells), row.iso3, stances(row.cells)),
          name: row.name,
        }))
        .filter((pair) => pair.sharedTopics >= MIN_SHARED_TOPICS)
    : [];
  const byName = (x: Counterpart, y: Counterpart) => x.name.localeCompare(y.name, "en");
  const closest = [...pairs].sort((x, y) => byAgreement(x, y) || byName(x, y)).slice(0, LISTED);
  const furthest = [...pairs]
    .filter((pair) => !closest.includes(pair))
    .sort((x, y) => byAgreement(y, x) || byName(x, y))
    .slice(0, LISTED);
  return { iso3: government.iso3, at, minSharedTopics: MIN_SHARED_TOPICS, closest, furthest };
}
