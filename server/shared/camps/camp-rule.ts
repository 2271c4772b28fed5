import { type EvidenceKind, STANCE_SCORE } from "@/db/enums";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { cellsAsOf } from "@/server/shared/timeline";

// Camps and swing states (/camps; the rule is published on /methodology#camps). A government on record on
// at least MIN_TOPICS topics as of a date sits at the mean of its stances' scores (−2 multistakeholder … +2
// intergovernmental); a mean of −0.5 or less is the multistakeholder camp, +0.5 or more the intergovernmental
// camp, in between a swing state. The thresholds are where a mean stops rounding to "mixed" on the five-point
// scale. It is an average of coded positions, not an ideal-point estimate.

export const CAMPS = ["multistakeholder", "swing", "intergovernmental"] as const;
export type Camp = (typeof CAMPS)[number];
export const CAMP_THRESHOLD = 0.5;
export const MIN_TOPICS = 2;

export type Placement = {
  iso3: string;
  /** The mean score over its topics, rounded to two decimals. */
  mean: number;
  topics: number;
  evidence: EvidenceKind[];
  camp: Camp;
};

export function campOf(mean: number): Camp {
  if (mean <= -CAMP_THRESHOLD) return "multistakeholder";
  if (mean >= CAMP_THRESHOLD) return "intergovernmental";
  return "swing";
}

const EVIDENCE_ORDER: EvidenceKind[] = ["statement", "submission", "vote", "endorsement"];

/** Where each government on record on enough topics sits as of a date, by ISO3. */
export function placementsAsOf(entries: readonly TimelineEntry[], at: string): Map<string, Placement> {
  const byGovernment = new Map<string, { scores: number[]; evidence: Set<EvidenceKind> }>();
  for (const [key, cell] of cellsAsOf(entries, at)) {
    const iso3 = key.slice(0, key.indexOf("|"));
    const held = byGovernment.get(iso3) ?? { scores: [], evidence: new Set<EvidenceKind>() };
    held.scores.push(STANCE_SCORE[cell.stance]);
    held.evidence.add(cell.evidence);
    byGovernment.set(iso3, held);
  }
  const placed = new Map<string, Placement>();
  for (const [iso3, { scores, evidence }] of byGovernment) {
    if (scores.length < MIN_TOPICS) continue;
    const mean = Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 100) / 100;
    placed.set(iso3, {
      iso3,
      mean,
      topics: scores.length,
      evidence: EVIDENCE_ORDER.filter((kind) => evidence.has(kind)),
      camp: campOf(mean),
    });
  }
  return placed;
}
