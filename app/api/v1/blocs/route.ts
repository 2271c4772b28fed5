import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { blocQuerySchema } from "@/server/schemas/blocs";

export const GET = readRoute(blocQuerySchema, publicReads.blocs, 60);

export const OPTIONS = preflight;
