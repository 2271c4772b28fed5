import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { emptyQuerySchema } from "@/server/schemas/reference";
import { listEvents } from "@/server/services/events";

export const dynamic = "force-dynamic";

export const GET = readRoute(emptyQuerySchema, listEvents, 300);

export const OPTIONS = preflight;
