import { z } from "zod";
import { DATE_PRECISIONS, EVIDENCE_KINDS, STANCES } from "@/db/enums";
import { CAMPS } from "@/server/shared/camps/camp-rule";

// The shape of GET /api/v1/camps: the OpenAPI document is generated from it and the API tests check answers against it.

const camp = z.enum(CAMPS).meta({
  id: "Camp",
  description: "Mean score ≤ −0.5: multistakeholder; ≥ +0.5: intergovernmental; between: swing (/methodology#camps).",
});
const placement = z.object({
  iso3: z.string().length(3),
  mean: z.number().meta({ description: "The mean of its stances' scores (−2 … +2) over its topics, to two decimals." }),
  topics: z.number().int().min(2),
  evidence: z.array(z.enum(EVIDENCE_KINDS)),
  camp,
});

const movePosition = z.object({
  id: z.number().int(),
  topic: z.string(),
  stance: z.enum(STANCES),
  statedOn: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  records: z.array(z.object({ slug: z.string(), title: z.string() })),
});

export const campsResponse = z
  .object({
    at: z.string(),
    from: z.string(),
    to: z.string(),
    rule: z.object({ threshold: z.number(), minTopics: z.number().int() }),
    counts: z.object({
      multistakeholder: z.number().int(),
      swing: z.number().int(),
      intergovernmental: z.number().int(),
    }),
    years: z.array(z.object({ year: z.string(), date: z.string() })),
    governments: z.array(
      placement.extend({
        name: z.string(),
        region: z.string(),
        path: z
          .array(camp.nullable())
          .meta({ description: "Its camp at each of `years`' dates (null: too few topics)." }),
      }),
    ),
    strip: z.array(z.object({ year: z.string(), iso3: z.string(), mean: z.number(), camp })),
    moved: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        from: placement,
        to: placement,
        positions: z.array(movePosition),
        ended: z.array(movePosition.extend({ endedOn: z.string() })).meta({
          description: "Positions that stopped counting between the dates (a membership left).",
        }),
      }),
    ),
  })
  .meta({ id: "Camps" });
