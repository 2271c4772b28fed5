import "server-only";
import { inArray } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type Stance } from "@/db/enums";
import { governments } from "@/db/schema";
import { type CompareQuery } from "@/server/schemas/blocs";
import { type PairAgreement, pairwiseAgreement, type StancesByTopic } from "@/server/shared/agreement";
import { todayUtc } from "@/server/shared/dates";
import { type MatrixCell, type MatrixTopic, type TimelineEntry } from "@/server/shared/matrix-types";
import { cellKey, cellsAsOf, timeStops, yearsOf } from "@/server/shared/timeline";
import { listEvents } from "./events";
import { BadInputError } from "@/server/shared/errors";
import { resolveTopics, timeline } from "./matrix";

// Two to six governments side by side: each one's stance per topic as of a date, every position
// they took up to it (the page draws a timeline per topic), and how far each pair agrees, as of the
// date and at every event and year-end before it.

export type AgreementStop = { date: string; label: string; pairs: PairAgreement[] };

export type Comparison = {
  at: string;
  governments: { iso3: string; name: string }[];
  topics: MatrixTopic[];
  /** cells[ISO3][topic]: the stance as of `at`, or null. */
  cells: Record<string, Record<string, MatrixCell | null>>;
  agreement: PairAgreement[];
  agreementOverTime: AgreementStop[];
  /** Every approved position of these governments on these topics stated on or before `at`, oldest first. */
  positions: TimelineEntry[];
};

function stancesOf(
  cells: Map<string, MatrixCell>,
  iso3s: readonly string[],
  topics: readonly MatrixTopic[],
): Map<string, StancesByTopic> {
  return new Map(
    iso3s.map((iso3) => [
      iso3,
      Object.fromEntries(
        topics.map((t): [string, Stance | null] => [t.slug, cells.get(cellKey(iso3, t.slug))?.stance ?? null]),
      ),
    ]),
  );
}

export async function compareGovernments(db: Database, query: CompareQuery): Promise<Comparison> {
  const at = query.at ?? todayUtc();
  const chosen = query.governments;
  const [found, topics, events] = await Promise.all([
    db
      .select({ iso3: governments.iso3, name: governments.name })
      .from(governments)
      .where(inArray(governments.iso3, chosen)),
    resolveTopics(db),
    listEvents(db),
  ]);
  const unknown = chosen.filter((iso3) => !found.some((g) => g.iso3 === iso3));
  if (unknown.length)
    throw new BadInputError(`Unknown government${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`);
  const slugs = topics.map((t) => t.slug);
  const entries = await timeline(db, slugs, { governments: chosen, until: at });
  const cells = cellsAsOf(entries, at);
  const stops = timeStops(events, yearsOf(entries), at).filter((stop) => entries.some((e) => e.statedOn <= stop.date));
  return {
    at,
    governments: chosen.map((iso3) => found.find((g) => g.iso3 === iso3) ?? { iso3, name: iso3 }),
    topics,
    cells: Object.fromEntries(
      chosen.map((iso3) => [
        iso3,
        Object.fromEntries(slugs.map((slug) => [slug, cells.get(cellKey(iso3, slug)) ?? null])),
      ]),
    ),
    agreement: pairwiseAgreement(chosen, stancesOf(cells, chosen, topics)),
    agreementOverTime: stops.map((stop) => ({
      date: stop.date,
      label: stop.kind === "today" ? stop.date : stop.label,
      pairs: pairwiseAgreement(chosen, stancesOf(cellsAsOf(entries, stop.date), chosen, topics)),
    })),
    positions: entries,
  };
}
