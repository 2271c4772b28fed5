import { z } from "zod";
import { adminTextSchema } from "./reference-admin";

// A data release: what an admin writes to publish one (a note saying what it is), and how the API
// names one and its files.

export const releaseInputSchema = z.object({ note: adminTextSchema("Note", 5, 1000) });
export type ReleaseInput = z.input<typeof releaseInputSchema>;

export const releaseVersionSchema = z.coerce
  .number({ error: "must be a release number, like 1." })
  .int({ error: "must be a release number, like 1." })
  .min(1, { error: "must be a release number, like 1." })
  .max(1_000_000, { error: "must be a release number, like 1." });

const RELEASE_FILE_NAMES = ["positions.csv", "positions.json"] as const;
export const releaseFileNameSchema = z.enum(RELEASE_FILE_NAMES, {
  error: `must be one of ${RELEASE_FILE_NAMES.join(", ")}.`,
});

/** The list of releases takes no query. */
export const releasesQuerySchema = z.strictObject({});
