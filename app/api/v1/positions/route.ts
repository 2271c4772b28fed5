import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { positionsQuerySchema } from "@/server/schemas/positions";
import { listPositions } from "@/server/services/positions";

export const dynamic = "force-dynamic";

export const GET = readRoute(positionsQuerySchema, listPositions, 60);

export const OPTIONS = preflight;
