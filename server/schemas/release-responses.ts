import { z } from "zod";

// The releases API's answers, for the OpenAPI document and for tests that parse real answers.

const change = z.object({
  id: z.number().int(),
  government: z.string().length(3),
  topic: z.string(),
  stance: z.string(),
  fields: z
    .array(z.string())
    .optional()
    .meta({ description: "For a changed position: the fields that differ from the release before." }),
});

export const releaseResponse = z
  .object({
    version: z.number().int().min(1),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string().meta({ description: "The admin's display name, or `the command line`." }),
    note: z.string(),
    positions: z.number().int().min(0),
    governments: z.number().int().min(0),
    topics: z.number().int().min(0),
    sources: z.number().int().min(0).meta({ description: "Distinct source URLs." }),
    changelog: z.object({
      previous: z.number().int().nullable(),
      added: z.array(change),
      changed: z.array(change),
      withdrawn: z.array(change),
    }),
    files: z.array(
      z.object({
        name: z.enum(["positions.csv", "positions.json"]),
        mediaType: z.string(),
        bytes: z.number().int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        url: z.string().meta({ description: "The file's permanent address: its bytes never change." }),
      }),
    ),
  })
  .meta({ id: "Release" });
