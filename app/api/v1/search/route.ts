import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { searchQuerySchema } from "@/server/schemas/search";

// `GET /api/v1/search?q=`: the published positions a query finds (server/services/search.ts), newest first.
export const GET = readRoute(searchQuerySchema, publicReads.search, 60);

export const OPTIONS = preflight;
