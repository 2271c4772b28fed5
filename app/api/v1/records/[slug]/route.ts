import { readFile } from "node:fs/promises";
import path from "node:path";
import { RECORDS_DIR } from "@/db/dataset/code-records";
import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { answerErrors } from "@/server/http/read-route";
import { jsonError, preflight, publicCsv, publicJson } from "@/server/http/responses";
import { recordSlugSchema } from "@/server/schemas/records";
import { recordFile } from "@/server/services/records";

/** `/api/v1/records/{slug}`: a record and the positions its rows became; `{slug}.csv`: its facts file, byte for byte as shipped. */
export async function GET(_request: Request, { params }: RouteContext<"/api/v1/records/[slug]">) {
  const asked = (await params).slug;
  const csv = asked.endsWith(".csv");
  const slug = recordSlugSchema.safeParse(csv ? asked.slice(0, -".csv".length) : asked);
  if (!slug.success) return jsonError(400, `slug: ${slug.error.issues[0]?.message ?? "is not valid."}`);
  return answerErrors(async () => {
    if (!csv) return publicJson(await publicReads.record(db(), slug.data), { maxAge: 60 });
    const { file } = recordFile(slug.data);
    return publicCsv(await readFile(path.join(RECORDS_DIR, file), "utf8"), file, 3600);
  });
}

export const OPTIONS = preflight;
