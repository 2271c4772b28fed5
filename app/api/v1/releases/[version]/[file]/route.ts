import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { answerErrors } from "@/server/http/read-route";
import { releaseFileResponse } from "@/server/http/release-file-response";
import { jsonError, preflight } from "@/server/http/responses";
import { releaseFileNameSchema, releaseVersionSchema } from "@/server/schemas/releases";

// A release's file, byte for byte as published (compressed by Next when the client takes it): it never
// changes, so it may be cached for good. The published bytes' SHA-256 is their ETag and Repr-Digest (RFC 9530);
// the compressed answer's ETag is that SHA-256 tagged with its coding.

export async function GET(request: Request, { params }: RouteContext<"/api/v1/releases/[version]/[file]">) {
  const { version: rawVersion, file: rawFile } = await params;
  const version = releaseVersionSchema.safeParse(rawVersion);
  if (!version.success) return jsonError(400, `version: ${version.error.issues[0]?.message ?? "is not valid."}`);
  const name = releaseFileNameSchema.safeParse(rawFile);
  if (!name.success)
    return jsonError(404, `A release has no file ${rawFile}: its files are positions.csv and positions.json.`);
  return answerErrors(async () => {
    const file = await publicReads.releaseFile(db(), { version: version.data, name: name.data });
    return releaseFileResponse(request, file, `stance-atlas-release-${version.data}-${name.data}`);
  });
}

export const OPTIONS = preflight;
