import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { governmentsQuerySchema } from "@/server/schemas/reference";

export const GET = readRoute(governmentsQuerySchema, publicReads.governments, 3600);

export const OPTIONS = preflight;
