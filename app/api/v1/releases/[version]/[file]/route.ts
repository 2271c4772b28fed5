import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { answerErrors } from "@/server/http/read-route";
import { jsonError, preflight } from "@/server/http/responses";
import { releaseFileNameSchema, releaseVersionSchema } from "@/server/schemas/releases";

// A release's file, byte for byte as published: it never changes, so it may be cached for good.
// Its SHA-256 is its ETag and its Repr-Digest (RFC 9530).

export async function GET(request: Request, { params }: RouteContext<"/api/v1/releases/[version]/[file]">) {
  const { version: rawVersion, file: rawFile } = await params;
  const version = releaseVersionSchema.safeParse(rawVersion);
  if (!version.success) return jsonError(400, `version: ${version.error.issues[0]?.message ?? "is not valid."}`);
  const name = releaseFileNameSchema.safeParse(rawFile);
  if (!name.success) return jsonError(404, `A release has no file ${rawFile}: its files are positions.csv and positions.json.`);
  return answerErrors(async () => {
    const file = await publicReads.releaseFile(db(), { version: version.data, name: name.data });
    const etag = `"${file.sha256}"`;
    const headers = {
      "Content-Type": file.mediaType,
      "Content-Disposition": `attachment; filename="stance-atlas-release-${version.data}-${name.data}"`,
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: etag,
      "Repr-Digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
      "Access-Control-Allow-Origin": "*",
    };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(file.body, { headers });
  });
}

export const OPTIONS = preflight;
