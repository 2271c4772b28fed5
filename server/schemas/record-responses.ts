import { z } from "zod";
import { DATE_PRECISIONS, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { RECORD_KINDS } from "@/db/dataset/record-pages/catalogue";

// The shapes of the records API (GET /api/v1/records, /api/v1/records/{slug}): the OpenAPI
// document is generated from them and the API tests check real answers against them.

const count = z.number().int().min(0);

export const recordSummaryResponse = z
  .object({
    slug: z.string(),
    file: z
      .string()
      .meta({ description: "The facts file's name: GET /api/v1/records/{slug}.csv serves it as shipped." }),
    title: z.string(),
    kind: z.enum(RECORD_KINDS),
    codedBy: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          topic: z.string(),
          event: z.string().nullable(),
          methodRules: z.array(z.number().int().min(1).max(7)),
        }),
      )
      .meta({
        description: "The record sets of method v2 that code this record (a rival pair's two roll calls share one).",
      }),
    bloc: z
      .string()
      .nullable()
      .meta({ description: "A bloc whose membership this record gives (GET /api/v1/blocs/{slug})." }),
    coverage: z.enum(["complete", "partial"]),
    gaps: z.string().nullable(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    rowCount: count,
    tally: z
      .array(z.object({ value: z.string(), count }))
      .meta({ description: "How many rows hold each value, as shipped (a roll call: yes, no, abstain, not_voting)." }),
    official: z
      .object({ yes: count, no: count, abstain: count, source: z.string(), note: z.string() })
      .nullable()
      .meta({
        description: "The official tally of a vote where a source gives one; null where none in the dataset does.",
      }),
    matchesOfficial: z.boolean().nullable().meta({
      description: "Whether the rows' yes, no and abstain counts are the official tally's (null without one).",
    }),
    sources: z.array(z.string()),
    positions: count.meta({ description: "How many positions the coding makes of it." }),
  })
  .meta({ id: "RecordSummary" });

export const recordResponse = recordSummaryResponse
  .extend({
    rows: z.array(
      z.object({
        iso3: z.string().length(3),
        country: z.string().meta({ description: "The name as the source gives it." }),
        value: z.string(),
        date: z.string(),
        source: z.string(),
        coded: z
          .object({
            set: z.string(),
            topic: z.string(),
            stance: z.enum(STANCES),
            evidence: z.enum(EVIDENCE_KINDS),
            statedOn: z.string(),
            precision: z.enum(DATE_PRECISIONS),
          })
          .nullable()
          .meta({ description: "The position the coding made of this row; null where it makes none." }),
        notCoded: z.string().nullable().meta({ description: "Why the row is no position, where the method says." }),
        position: z
          .object({ id: z.number().int(), stance: z.enum(STANCES) })
          .nullable()
          .meta({
            description:
              "That position as published now (GET /api/v1/positions?…; its stance as corrected, if it was).",
          }),
      }),
    ),
  })
  .meta({ id: "Record" });
