import "server-only";
import { z } from "zod";
import { campsResponse } from "@/server/schemas/camp-responses";
import { campsQuerySchema } from "@/server/schemas/camps";
import { recordResponse, recordSummaryResponse } from "@/server/schemas/record-responses";
import { recordSlugSchema } from "@/server/schemas/records";
import { csv, json, read } from "./openapi-operations";

// The records and camps paths of the OpenAPI document: the public records behind the dataset, and what they add up to.

const params = z.object({ slug: recordSlugSchema });
const notFound = "No record has this slug.";

export const recordPaths = {
  "/api/v1/records": {
    get: read(
      "The public records behind the reference dataset",
      json(
        z.array(recordSummaryResponse),
        "Each facts file, with its tally beside the official one where a source gives it.",
      ),
    ),
  },
  "/api/v1/records/{slug}": {
    get: read(
      "A record: every row's value and the position it became",
      json(recordResponse, "The rows in the facts file's order."),
      undefined,
      { params, notFound },
    ),
  },
  "/api/v1/records/{slug}.csv": {
    get: read(
      "A record's facts file, as shipped",
      csv("`iso3,country,value,date,source_url`, byte for byte."),
      undefined,
      {
        params,
        notFound,
      },
    ),
  },
  "/api/v1/camps": {
    get: read(
      "Camps and swing states as of a date, each government's camp year by year, and who moved between two dates",
      json(campsResponse, "Governments on record on two topics or more, most multistakeholder first."),
      campsQuerySchema,
    ),
  },
  "/api/v1/camps.csv": {
    get: read("Camps as CSV", csv("`iso3,name,region,camp,mean,topics,evidence,as_of`."), campsQuerySchema),
  },
};
