import { publicReads } from "@/server/cache/public-reads";
import { matrixCsv } from "@/server/http/matrix-csv";
import { readRoute } from "@/server/http/read-route";
import { preflight, publicCsv } from "@/server/http/responses";
import { matrixQuerySchema } from "@/server/schemas/matrix";

export const GET = readRoute(matrixQuerySchema, publicReads.matrix, 60, (matrix, maxAge) =>
  publicCsv(matrixCsv(matrix), `stance-atlas-matrix-${matrix.at}.csv`, maxAge),
);

export const OPTIONS = preflight;
