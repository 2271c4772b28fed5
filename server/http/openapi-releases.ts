import "server-only";
import { z } from "zod";
import { releaseResponse } from "@/server/schemas/release-responses";
import { releaseFileNameSchema, releaseVersionSchema } from "@/server/schemas/releases";
import { figureFileSchema, figureQuerySchema } from "@/server/schemas/figures";
import { slugSchema } from "@/server/schemas/common";
import { json, read } from "./openapi-operations";

// The data releases' and the pictures' paths of the OpenAPI document.

const version = z.object({ version: releaseVersionSchema });

export const releasePaths = {
  "/api/v1/releases": {
    get: read(
      "Every data release, newest first",
      json(z.array(releaseResponse), "Releases with their counts, changelog and files."),
    ),
  },
  "/api/v1/releases/{version}": {
    get: read(
      "One data release",
      json(releaseResponse, "The release, its changelog against the one before, and its files with their SHA-256."),
      undefined,
      { params: version, notFound: "No release has this number." },
    ),
  },
  "/api/v1/releases/{version}/{file}": {
    get: read(
      'A release\'s file, byte for byte as published (its SHA-256 is its ETag and Repr-Digest; compressed, the ETag is the SHA-256 tagged with the coding, "<sha256>+gzip")',
      {
        description:
          "positions.csv (one row per position; `sources` space-separated) or positions.json (`{release, publishedAt, license, positions}`).",
        content: { "text/csv": { schema: z.string() }, "application/json": { schema: z.string() } },
      },
      undefined,
      {
        params: version.extend({ file: releaseFileNameSchema }),
        notFound: "No release has this number, or no such file.",
      },
    ),
  },
};

export const figurePaths = {
  "/api/v1/topics/{slug}/{file}": {
    get: read(
      "A topic's world map or stance chart as of a date, as a file",
      {
        description: "map.svg, map.png, chart.svg or chart.png (1200×630); `at` defaults to today.",
        content: { "image/svg+xml": { schema: z.string() }, "image/png": { schema: z.string() } },
      },
      figureQuerySchema,
      {
        params: z.object({ slug: slugSchema, file: figureFileSchema }),
        notFound: "No topic has this slug, or no such file.",
      },
    ),
  },
};
