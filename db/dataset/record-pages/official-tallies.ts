import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { DATASET_DIR } from "../code-records";

// The official tallies of the recorded votes, as data (db/dataset/official-tallies.csv), each with its
// source: a record page sets the tally of the rows we ship beside it, so a mismatch is visible, not hidden.
// Only tallies a source gives are here, each with a note on what that source is; a roll call without one says so.

/** `source`: a web address, or the dataset file that states it; `note`: what the source is and how sure. */
export type OfficialTally = { yes: number; no: number; abstain: number; source: string; note: string };

const count = z.coerce.number().int().min(0);
const tallySchema = z.array(
  z.object({
    file: z.string().endsWith(".csv"),
    yes: count,
    no: count,
    abstain: count,
    source: z.string().min(1),
    note: z.string().min(1),
  }),
);

let tallies: Map<string, OfficialTally> | null = null;

/** The official tally of a facts file's vote, or undefined where no source in the dataset gives one. */
export function officialTally(file: string): OfficialTally | undefined {
  tallies ??= new Map(
    tallySchema
      .parse(parse(readFileSync(path.join(DATASET_DIR, "official-tallies.csv"), "utf8"), { columns: true }))
      .map(({ file, ...tally }) => [file, tally]),
  );
  return tallies.get(file);
}
