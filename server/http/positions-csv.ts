import "server-only";
import { csvText } from "@/server/shared/csv";
import { CODED_COLUMNS } from "@/db/dataset/code-records";
import { type PublicPosition } from "@/server/services/positions";

/**
 * Positions in the import format (with the evidence kind and the date precision): what a
 * reader downloads can be corrected and imported again. A month or year position keeps
 * its last day as `stated_on`, with its precision; a position that ended carries its end.
 */
export function positionsCsv(rows: PublicPosition[]): string {
  return csvText([
    [...CODED_COLUMNS],
    ...rows.map((p) => [
      p.government,
      p.topic,
      p.stance,
      p.evidence,
      p.statedOn,
      p.datePrecision,
      p.summary,
      p.sources.join(" "),
      p.event ?? "",
      p.quote ?? "",
      p.end?.on ?? "",
      p.end?.note ?? "",
      p.end?.source ?? "",
    ]),
  ]);
}
