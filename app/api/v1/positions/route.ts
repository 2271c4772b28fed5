import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { positionsQuerySchema } from "@/server/schemas/positions";

export const GET = readRoute(positionsQuerySchema, publicReads.positions, 60);

export const OPTIONS = preflight;
