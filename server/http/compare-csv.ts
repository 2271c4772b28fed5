import "server-only";
import { csvText } from "@/server/shared/csv";
import { type Comparison } from "@/server/services/compare";

/** `topic,title,<ISO3>…`: each government's stance as of the date, empty where it has none. */
export function compareStancesCsv(comparison: Comparison): string {
  const iso3s = comparison.governments.map((g) => g.iso3);
  return csvText([
    ["topic", "title", ...iso3s],
    ...comparison.topics.map((t) => [
      t.slug,
      t.title,
      ...iso3s.map((iso3) => comparison.cells[iso3]?.[t.slug]?.stance ?? ""),
    ]),
  ]);
}

/** `a,b,shared_topics,same_side,distance` per pair; the last two empty where they share no topic. */
export function compareAgreementCsv(comparison: Comparison): string {
  return csvText([
    ["a", "b", "shared_topics", "same_side", "distance"],
    ...comparison.agreement.map((p) => [p.a, p.b, p.sharedTopics, p.sameSide ?? "", p.distance ?? ""]),
  ]);
}
