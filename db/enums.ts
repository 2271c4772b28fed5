// Client-safe vocabulary shared by the database, the API, CSV files and the UI.
// No drizzle import here, so client components can use the stance list.

export const STANCES = [
  "multistakeholder",
  "leans_multistakeholder",
  "mixed",
  "leans_intergovernmental",
  "intergovernmental",
] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_SCORE: Record<Stance, number> = {
  multistakeholder: -2,
  leans_multistakeholder: -1,
  mixed: 0,
  leans_intergovernmental: 1,
  intergovernmental: 2,
};

export const STANCE_LABEL: Record<Stance, string> = {
  multistakeholder: "Multistakeholder",
  leans_multistakeholder: "Leans multistakeholder",
  mixed: "Mixed",
  leans_intergovernmental: "Leans intergovernmental",
  intergovernmental: "Intergovernmental",
};

/** How a position is known (the methodology page explains how each kind is coded). */
export const EVIDENCE_KINDS = ["statement", "vote", "submission", "endorsement"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_LABEL: Record<EvidenceKind, string> = {
  statement: "Statement",
  vote: "Vote",
  submission: "Submission",
  endorsement: "Endorsement",
};

/** What the government did, as the verb before a position's date: "Voted 5 Dec 2018" (a vote is not a statement). */
export const EVIDENCE_VERB: Record<EvidenceKind, string> = {
  statement: "Stated",
  vote: "Voted",
  submission: "Tabled",
  endorsement: "Endorsed",
};

export const EVIDENCE_MEANING: Record<EvidenceKind, string> = {
  statement: "the government's own words, spoken or written",
  vote: "a recorded vote on a text",
  submission: "a proposal, letter or sponsorship the government tabled",
  endorsement: "a declaration or coalition the government signed or joined",
};

/**
 * How precisely the source dates a position; a month or year counts from its last day.
 * `on_or_before`: the date is only an upper bound (method v2, rule 4) — it counts from that
 * date, is shown "by 16 Sep 2019", and is never shown or counted as a change on that day.
 */
export const DATE_PRECISIONS = ["day", "month", "year", "on_or_before"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Precisions whose date is one day (an exact day, or an upper bound), not the last day of a period. */
export const isDayDated = (precision: DatePrecision) => precision === "day" || precision === "on_or_before";

export const ROLES = ["contributor", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

// `withdrawn`: taken back by its author before review.
export const REVISION_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const UN_STATUSES = ["member", "observer"] as const;
export type UnStatus = (typeof UN_STATUSES)[number];

// The five UN M49 regions every government belongs to.
export const M49_REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
export type M49Region = (typeof M49_REGIONS)[number];

/** What a moderator's patrol of a trusted contributor's published edit decided. */
export const PATROL_OUTCOMES = ["patrolled", "reverted"] as const;
export type PatrolOutcome = (typeof PATROL_OUTCOMES)[number];

/** Where a reader's flag of a position ended: still open, or resolved by a moderator one of three ways. */
export const FLAG_STATUSES = ["open", "contested", "edited", "dismissed"] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** What a signed-in reader can watch: a government, a topic, or one position. */
export const WATCH_KINDS = ["government", "topic", "position"] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];
