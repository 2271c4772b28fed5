import "server-only";
import { z } from "zod";
import { createDocument } from "zod-openapi";
import {
  errorResponse,
  eventResponse,
  governmentResponse,
  healthResponse,
  historyEntryResponse,
  matrixResponse,
  positionResponse,
  replyResponse,
  searchResponse,
  topicResponse,
} from "@/server/schemas/api-responses";
import { matrixQuerySchema } from "@/server/schemas/matrix";
import { positionIdSchema, positionsQuerySchema } from "@/server/schemas/positions";
import { governmentsQuerySchema } from "@/server/schemas/reference";
import { searchQuerySchema } from "@/server/schemas/search";
import { comparePaths } from "./openapi-blocs";
import { recordPaths } from "./openapi-records";
import { figurePaths, releasePaths } from "./openapi-releases";
import { badRequest, json, read } from "./openapi-operations";

// The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with.

export function openApiDocument(serverUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Stance Atlas API",
      version: "1.0.0",
      description:
        "Read-only, no sign-in. Where governments stand on multistakeholder vs intergovernmental Internet governance. Data under CC BY 4.0.",
      license: { name: "CC BY 4.0 (data)", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/health": {
        get: read("Whether the service and its database answer", json(healthResponse, "The database answers.")),
      },
      "/api/v1/governments": {
        get: read(
          "UN member and observer states",
          json(z.array(governmentResponse), "Governments by name."),
          governmentsQuerySchema,
        ),
      },
      "/api/v1/topics": { get: read("Topics", json(z.array(topicResponse), "Active topics in display order.")) },
      "/api/v1/events": { get: read("Events", json(z.array(eventResponse), "Events by date.")) },
      "/api/v1/matrix": {
        get: read(
          "The comparison matrix as of a date",
          json(matrixResponse, "One row per government; every requested topic in every row."),
          matrixQuerySchema,
        ),
      },
      "/api/v1/matrix.csv": {
        get: read(
          "The comparison matrix as CSV",
          {
            description: "`iso3,name,<slug>…` with stance values, empty for no position.",
            content: { "text/csv": { schema: z.string() } },
          },
          matrixQuerySchema,
        ),
      },
      ...comparePaths,
      ...releasePaths,
      ...figurePaths,
      ...recordPaths,
      "/api/v1/search": {
        get: read(
          "Search the published positions",
          json(
            searchResponse,
            'Published positions whose summary, quote, sources, government, topic or event match `q` (web-search syntax: words, "a phrase", or, -word; English stemming), newest date first. A query with no word to look for (only punctuation or common words) is a 400.',
          ),
          searchQuerySchema,
        ),
      },
      "/api/v1/positions": {
        get: read(
          "Approved positions, newest date first",
          json(z.array(positionResponse), "Approved positions, each with its evidence kind and date precision."),
          positionsQuerySchema,
        ),
      },
      "/api/v1/positions.csv": {
        get: read(
          "Approved positions as CSV, in the import format",
          {
            description:
              "`government,topic,stance,evidence,stated_on,date_precision,summary,source_url,event,quote,ended_on,end_note,end_source_url`, newest date first; `source_url` holds one or more URLs separated by spaces; the three end columns are empty for a position that has not ended. The same columns `npm run import` and /moderation/import take.",
            content: { "text/csv": { schema: z.string() } },
          },
          positionsQuerySchema,
        ),
      },
      "/api/v1/positions/{id}/history": positionSubroute(
        "The approved revisions of a position, oldest first",
        historyEntryResponse,
        "Approved revisions.",
      ),
      "/api/v1/positions/{id}/replies": positionSubroute(
        "The government's replies to a position, oldest first",
        replyResponse,
        "Replies by the government's verified representatives; a hidden one has its reason instead of its text.",
      ),
    },
  });
}

/** `GET /api/v1/positions/{id}/…`: a list about one published position (404 for any other id). */
function positionSubroute(summary: string, item: z.ZodType, description: string) {
  return {
    get: {
      summary,
      requestParams: { path: z.object({ id: positionIdSchema }) },
      responses: {
        "200": json(z.array(item), description),
        "400": badRequest,
        "404": json(errorResponse, "No published position has this id."),
      },
    },
  };
}
