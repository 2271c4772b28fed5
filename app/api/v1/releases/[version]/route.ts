import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { answerErrors } from "@/server/http/read-route";
import { jsonError, preflight, publicJson } from "@/server/http/responses";
import { releaseVersionSchema } from "@/server/schemas/releases";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/releases/[version]">) {
  const version = releaseVersionSchema.safeParse((await params).version);
  if (!version.success) return jsonError(400, `version: ${version.error.issues[0]?.message ?? "is not valid."}`);
  return answerErrors(async () => publicJson(await publicReads.release(db(), version.data), { maxAge: 300 }));
}

export const OPTIONS = preflight;
