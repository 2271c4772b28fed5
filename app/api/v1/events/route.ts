import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { emptyQuerySchema } from "@/server/schemas/reference";

export const GET = readRoute(emptyQuerySchema, publicReads.events, 300);

export const OPTIONS = preflight;
