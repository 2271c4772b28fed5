import "server-only";
import { z } from "zod";
import {
  blocResponse,
  blocSummaryResponse,
  compareResponse,
  governmentAgreementResponse,
} from "@/server/schemas/bloc-responses";
import { blocQuerySchema, blocSlugSchema, compareCsvQuerySchema, compareQuerySchema } from "@/server/schemas/blocs";
import { iso3Schema } from "@/server/schemas/common";
import { csv, json, read } from "./openapi-operations";

// The comparison and bloc paths of the OpenAPI document.

export const comparePaths = {
  "/api/v1/compare": {
    get: read(
      "Two to six governments side by side as of a date, with each pair's agreement",
      json(compareResponse, "Stances, agreement now and at every event and year-end before."),
      compareQuerySchema,
    ),
  },
  "/api/v1/compare.csv": {
    get: read(
      "A comparison as CSV",
      csv(
        "`table=stances` (default): `topic,title,<ISO3>…`; `table=agreement`: `a,b,shared_topics,same_side,distance`.",
      ),
      compareCsvQuerySchema,
    ),
  },
  "/api/v1/governments/{iso3}/agreement": {
    get: read(
      "The governments agreeing most and least with one, as of today",
      json(governmentAgreementResponse, "Five closest and five furthest, over at least 3 shared topics."),
      undefined,
      {
        params: z.object({ iso3: iso3Schema }),
        notFound: "No government has this code.",
      },
    ),
  },
  "/api/v1/blocs": {
    get: read(
      "Blocs, with their member counts as of a date",
      json(z.array(blocSummaryResponse), "Active blocs by name."),
      blocQuerySchema,
    ),
  },
  "/api/v1/blocs/{slug}": {
    get: read(
      "A bloc's members as of a date, with their membership periods and sources",
      json(blocResponse, "Members by name."),
      blocQuerySchema,
      {
        params: z.object({ slug: blocSlugSchema }),
        notFound: "No active bloc has this slug.",
      },
    ),
  },
};
