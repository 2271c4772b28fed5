import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { matrixQuerySchema } from "@/server/schemas/matrix";

export const GET = readRoute(matrixQuerySchema, publicReads.matrix, 60);

export const OPTIONS = preflight;
