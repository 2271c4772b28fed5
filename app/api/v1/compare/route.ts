import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { compareQuerySchema } from "@/server/schemas/blocs";

export const GET = readRoute(compareQuerySchema, publicReads.compare, 60);

export const OPTIONS = preflight;
