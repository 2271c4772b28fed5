import { publicReads } from "@/server/cache/public-reads";
import { positionsCsv } from "@/server/http/positions-csv";
import { readRoute } from "@/server/http/read-route";
import { preflight, publicCsv } from "@/server/http/responses";
import { positionsQuerySchema } from "@/server/schemas/positions";

export const GET = readRoute(positionsQuerySchema, publicReads.positions, 60, (rows, maxAge) =>
  publicCsv(positionsCsv(rows), "stance-atlas-positions.csv", maxAge),
);

export const OPTIONS = preflight;
