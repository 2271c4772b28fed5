import { db } from "@/db/server-db";
import { publicJson } from "@/server/http/responses";
import { databaseAnswers } from "@/server/services/health";

export const dynamic = "force-dynamic";

export async function GET() {
  return (await databaseAnswers(db()))
    ? publicJson({ status: "ok" }, { maxAge: 0 })
    : publicJson({ status: "unavailable", error: "The database did not answer." }, { maxAge: 0, status: 503 });
}
