import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { emptyQuerySchema } from "@/server/schemas/reference";
import { listTopics } from "@/server/services/topics";

export const dynamic = "force-dynamic";

export const GET = readRoute(emptyQuerySchema, listTopics, 300);

export const OPTIONS = preflight;
