import { publicReads } from "@/server/cache/public-reads";
import { positionReadRoute } from "@/server/http/position-read-route";
import { preflight } from "@/server/http/responses";

export const GET = positionReadRoute(publicReads.replies);
export const OPTIONS = preflight;
