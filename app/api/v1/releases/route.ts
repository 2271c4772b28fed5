import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { releasesQuerySchema } from "@/server/schemas/releases";

export const GET = readRoute(releasesQuerySchema, publicReads.releases, 60);

export const OPTIONS = preflight;
