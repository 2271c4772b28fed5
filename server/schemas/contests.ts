import { z } from "zod";
import { idSchema, MAX_ID } from "./common";

// Contested positions and readers' flags: what moderators and readers send (tRPC and the forms).

export const CONTEST_NOTE_MAX = 500;
export const FLAG_REASON_MAX = 1000;

const positionId = z.number({ error: "Choose a position." }).int().positive().max(MAX_ID);

export const contestNoteSchema = z
  .string({ error: "Say why it is contested; readers see this note." })
  .trim()
  .min(10, { error: "Say why it is contested in at least 10 characters; readers see this note." })
  .max(CONTEST_NOTE_MAX, { error: `Keep the note to ${CONTEST_NOTE_MAX} characters or fewer.` });

/** A moderator marks a position contested (or changes the note). */
export const contestSchema = z.object({ positionId, note: contestNoteSchema });
/** A moderator clears the mark, saying why (the public log shows it). */
export const clearContestSchema = z.object({
  positionId,
  reason: z
    .string({ error: "Say why the contest is settled." })
    .trim()
    .min(3, { error: "Say why the contest is settled." })
    .max(CONTEST_NOTE_MAX, { error: `Keep the reason to ${CONTEST_NOTE_MAX} characters or fewer.` }),
});

/** A signed-in reader flags a position as possibly wrong. */
export const flagSchema = z.object({
  positionId,
  reason: z
    .string({ error: "Say what may be wrong, so a moderator can check." })
    .trim()
    .min(10, { error: "Say what may be wrong in at least 10 characters, so a moderator can check." })
    .max(FLAG_REASON_MAX, { error: `Keep the reason to ${FLAG_REASON_MAX} characters or fewer.` }),
});

export const FLAG_OUTCOMES = ["contested", "edited", "dismissed"] as const;
/** A moderator resolves a flag: contest the position (the note becomes its public note), say it was edited, or dismiss it. */
export const resolveFlagSchema = z.object({
  flagId: idSchema,
  outcome: z.enum(FLAG_OUTCOMES, { error: `Choose how to resolve it: ${FLAG_OUTCOMES.join(", ")}.` }),
  note: z
    .string({ error: "Add a note: the reader who flagged it sees it." })
    .trim()
    .min(10, { error: "Add a note of at least 10 characters: the reader who flagged it sees it." })
    .max(CONTEST_NOTE_MAX, { error: `Keep the note to ${CONTEST_NOTE_MAX} characters or fewer.` }),
});
