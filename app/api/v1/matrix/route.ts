import { readRoute } from "@/server/http/read-route";
import { preflight } from "@/server/http/responses";
import { matrixQuerySchema } from "@/server/schemas/matrix";
import { matrixAsOf } from "@/server/services/matrix";

export const dynamic = "force-dynamic";

export const GET = readRoute(matrixQuerySchema, matrixAsOf, 60);

export const OPTIONS = preflight;
