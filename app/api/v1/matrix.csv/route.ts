import { matrixCsv } from "@/server/http/matrix-csv";
import { readRoute } from "@/server/http/read-route";
import { preflight, publicCsv } from "@/server/http/responses";
import { matrixQuerySchema } from "@/server/schemas/matrix";
import { matrixAsOf } from "@/server/services/matrix";

export const dynamic = "force-dynamic";

export const GET = readRoute(matrixQuerySchema, matrixAsOf, 60, (matrix, maxAge) =>
  publicCsv(matrixCsv(matrix), `stance-atlas-matrix-${matrix.at}.csv`, maxAge),
);

export const OPTIONS = preflight;
