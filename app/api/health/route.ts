import { db } from "@/db/server-db";
import { probeDatabase } from "@/server/health/database-status";
import { publicJson } from "@/server/http/responses";

export const dynamic = "force-dynamic";

/** 200 when the database answers `select 1` within 1.5 s, else 503: within 2 s either way. */
export async function GET() {
  return (await probeDatabase(db()))
    ? publicJson({ status: "ok" }, { maxAge: 0 })
    : publicJson({ status: "unavailable", error: "The database did not answer." }, { maxAge: 0, status: 503 });
}
