import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { expect, test } from "./fixtures";
import { campsResponse } from "@/server/schemas/camp-responses";
import { recordResponse, recordSummaryResponse } from "@/server/schemas/record-responses";
import { positionResponse } from "@/server/schemas/api-responses";

// The records and camps API as outside clients use it: the records equal the files shipped, and camps place
// the governments the method's rule places.

const shipped = (file: string) => readFileSync(path.join(process.cwd(), "db", "dataset", "records", file), "utf8");

test("the records API lists every facts file and serves each as shipped, with its rows' positions", async ({
  request,
}) => {
  const list = z.array(recordSummaryResponse).parse(await (await request.get("/api/v1/records")).json());
  expect(list.map((r) => r.file)).toContain("unga_73_27_oewg_2018.csv");

  const csv = await request.get("/api/v1/records/unga-73-266-gge-2018.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toBe(shipped("unga_73_266_gge_2018.csv"));

  const record = recordResponse.parse(await (await request.get("/api/v1/records/unga-73-266-gge-2018")).json());
  expect(record.official).toMatchObject({ yes: 139, no: 11, abstain: 16 });
  expect(record.matchesOfficial).toBe(false);
  const russia = record.rows.find((row) => row.iso3 === "RUS");
  expect(russia?.position?.stance).toBe("leans_intergovernmental");
  // The position it links is the published one, and it names this record back.
  const position = positionResponse.parse(
    (await (await request.get("/api/v1/positions?government=RUS&topic=cyber-norms-process")).json()).find(
      (p: { id: number }) => p.id === russia?.position?.id,
    ),
  );
  expect(position.records.map((r) => r.slug)).toEqual(["unga-73-27-oewg-2018", "unga-73-266-gge-2018"]);

  expect((await request.get("/api/v1/records/no-such-record")).status()).toBe(404);
  expect((await request.get("/api/v1/records/no-such-record.csv")).status()).toBe(404);
  const bad = await request.get("/api/v1/records/NOT_A_SLUG");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: expect.stringContaining("slug") });
});

test("camps at the end of 2019 place Russia and China intergovernmental and the United States multistakeholder", async ({
  request,
}) => {
  const answer = campsResponse.parse(
    await (await request.get("/api/v1/camps?at=2019-12-28&from=2018-12-01&to=2021-01-01")).json(),
  );
  const camp = (iso3: string) => answer.governments.find((g) => g.iso3 === iso3)?.camp;
  expect([camp("RUS"), camp("CHN"), camp("USA")]).toEqual([
    "intergovernmental",
    "intergovernmental",
    "multistakeholder",
  ]);
  expect(answer.moved.length).toBeGreaterThan(0);

  const csv = await (await request.get("/api/v1/camps.csv?at=2019-12-28")).text();
  expect(csv.split("\n")[0]).toBe("iso3,name,region,camp,mean,topics,evidence,as_of");
  expect(csv).toMatch(/^RUS,Russia,Europe,intergovernmental,/m);

  const wrongWay = await request.get("/api/v1/camps?from=2021-01-01&to=2018-12-01");
  expect(wrongWay.status()).toBe(400);
  expect(await wrongWay.json()).toEqual({ error: expect.stringContaining("from must be before to") });
  expect((await request.get("/api/v1/camps?region=Mars")).status()).toBe(400);
  // "Who moved" ends at `at` when no `to` is given: a later `from` is refused, not answered backwards.
  expect((await request.get("/api/v1/camps?at=2019-12-28&from=2020-06-01")).status()).toBe(400);
  const unknownBloc = await request.get("/api/v1/camps?bloc=no-such-bloc");
  expect(unknownBloc.status()).toBe(400);
  expect(await unknownBloc.json()).toEqual({ error: expect.stringContaining("no-such-bloc") });
});
