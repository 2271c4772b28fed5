import { STANCE_SCORE, type Stance } from "@/db/enums";

// How far two governments agree, over the topics on which both have a position as of a date:
// the share of those topics where they are on the same side (both multistakeholder-leaning, both
// intergovernmental-leaning, or both mixed), and the distance: the mean |score difference| / 4
// (0 identical, 1 opposite poles everywhere). No shared topic gives no score, never 0.

export type Side = "multistakeholder" | "mixed" | "intergovernmental";

export function sideOf(stance: Stance): Side {
  const score = STANCE_SCORE[stance];
  return score < 0 ? "multistakeholder" : score > 0 ? "intergovernmental" : "mixed";
}

/** A government's stance per topic (absent or null: no position). */
export type StancesByTopic = Readonly<Record<string, Stance | null | undefined>>;

export type PairAgreement = {
  a: string;
  b: string;
  sharedTopics: number;
  sameSide: number | null;
  distance: number | null;
};

const rounded = (value: number) => Math.round(value * 1000) / 1000;

export function agreementBetween(
  a: string,
  aStances: StancesByTopic,
  b: string,
  bStances: StancesByTopic,
): PairAgreement {
  let shared = 0;
  let same = 0;
  let gap = 0;
  for (const [topic, stance] of Object.entries(aStances)) {
    const other = bStances[topic];
    if (!stance || !other) continue;
    shared += 1;
    if (sideOf(stance) === sideOf(other)) same += 1;
    gap += Math.abs(STANCE_SCORE[stance] - STANCE_SCORE[other]);
  }
  if (shared === 0) return { a, b, sharedTopics: 0, sameSide: null, distance: null };
  return { a, b, sharedTopics: shared, sameSide: rounded(same / shared), distance: rounded(gap / shared / 4) };
}

/** Every pair of the governments, in the order given (A–B, A–C, …, B–C, …). */
export function pairwiseAgreement(
  order: readonly string[],
  stances: ReadonlyMap<string, StancesByTopic>,
): PairAgreement[] {
  return order.flatMap((a, i) =>
    order.slice(i + 1).map((b) => agreementBetween(a, stances.get(a) ?? {}, b, stances.get(b) ?? {})),
  );
}

/** Higher agreement first: more topics on the same side, then a smaller distance. */
export function byAgreement(x: PairAgreement, y: PairAgreement): number {
  return (y.sameSide ?? -1) - (x.sameSide ?? -1) || (x.distance ?? 2) - (y.distance ?? 2);
}

/** A share as a reader reads it: "67%", or "no shared topics". */
export const formatShare = (share: number | null) =>
  share === null ? "no shared topics" : `${Math.round(share * 100)}%`;
