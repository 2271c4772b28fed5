import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";
import { type Locale } from "@/server/i18n/locales";
import { type Translations } from "@/db/schema/translations";

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

/**
 * A topic as the matrix names it. As stored it carries its `translations`; in a page's language (server/i18n/localize.ts)
 * its title is in that language where translated, `lang` saying which (absent or "en": English).
 */
export type MatrixTopic = { slug: string; title: string; lang?: Locale; translations?: Translations<"title"> };

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
