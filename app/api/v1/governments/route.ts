import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { governmentsQuerySchema } from "@/server/schemas/reference";
import { listGovernments } from "@/server/services/governments";

export const dynamic = "force-dynamic";

export const GET = readRoute(governmentsQuerySchema, listGovernments, 3600);

export const OPTIONS = preflight;
