import { answerErrors } from "@/server/http/read-route";
import { preflight, publicJson } from "@/server/http/responses";
import { listRecords } from "@/server/services/records";

/** Every public record behind the dataset: the files ship with the code, so the list changes only with a release. */
export async function GET() {
  return answerErrors(async () => publicJson(listRecords(), { maxAge: 3600 }));
}

export const OPTIONS = preflight;
