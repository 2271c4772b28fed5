import { publicReads } from "@/server/cache/public-reads";
import { readRoute } from "@/server/http/read-route";
import { preflight, publicCsv } from "@/server/http/responses";
import { campsQuerySchema } from "@/server/schemas/camps";
import { csvText } from "@/server/shared/csv";

/** One row per placed government as of the date: `iso3,name,region,camp,mean,topics,evidence,as_of`. */
export const GET = readRoute(campsQuerySchema, publicReads.camps, 60, (answer, maxAge) =>
  publicCsv(
    csvText([
      ["iso3", "name", "region", "camp", "mean", "topics", "evidence", "as_of"],
      ...answer.governments.map((g) => [
        g.iso3,
        g.name,
        g.region,
        g.camp,
        String(g.mean),
        String(g.topics),
        g.evidence.join(" "),
        answer.at,
      ]),
    ]),
    `stance-atlas-camps-${answer.at}.csv`,
    maxAge,
  ),
);

export const OPTIONS = preflight;
