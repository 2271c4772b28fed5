import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { campsQuerySchema } from "@/server/schemas/camps";

export const GET = readRoute(campsQuerySchema, publicReads.camps, 60);

export const OPTIONS = preflight;
