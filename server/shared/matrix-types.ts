import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";

// The shapes of the matrix, shared by the API, the server page and the client view.

export type MatrixCell = {
  stance: Stance;
  score: number;
  statedOn: string;
  datePrecision: DatePrecision;
  evidence: EvidenceKind;
  event: string | null;
  positionId: number;
  /** Marked contested by a moderator (sources disagree, coding disputed); the note says why. */
  contested: boolean;
  contestedNote: string | null;
};

/** What the matrix page's grid needs of a cell (its detail is fetched when it is opened). */
export type GridCell = Pick<
  MatrixCell,
  "stance" | "statedOn" | "datePrecision" | "evidence" | "positionId" | "contested"
>;

export type MatrixRow = {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
  cells: Record<string, MatrixCell | null>;
};

export type MatrixTopic = { slug: string; title: string };

/** One approved position in the compact form the client needs to move through time. */
export type TimelineEntry = {
  positionId: number;
  iso3: string;
  topic: string;
  statedOn: string;
  datePrecision: DatePrecision;
  stance: Stance;
  evidence: EvidenceKind;
  event: string | null;
  contestedNote: string | null;
  /** From this day the position no longer counts (a membership left); null while it holds. */
  endedOn: string | null;
};
