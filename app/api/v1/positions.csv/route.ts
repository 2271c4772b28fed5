import { positionsCsv } from "@/server/http/positions-csv";
import { readRoute } from "@/server/http/read-route";
import { preflight, publicCsv } from "@/server/http/responses";
import { positionsQuerySchema } from "@/server/schemas/positions";
import { listPositions } from "@/server/services/positions";

export const dynamic = "force-dynamic";

export const GET = readRoute(positionsQuerySchema, listPositions, 60, (rows, maxAge) => publicCsv(positionsCsv(rows), "stance-atlas-positions.csv", maxAge));

export const OPTIONS = preflight;
