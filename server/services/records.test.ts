import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { NotFoundError } from "@/server/shared/errors";
import { listPositions } from "./positions";
import { getRecord, listRecords } from "./records";

describe.each(TEST_DRIVERS)("the records behind the dataset, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  it("links every coded row of a roll call to the published position it became", async () => {
    const record = await getRecord(t.db, "unga-73-266-gge-2018");
    const linked = record.rows.filter((row) => row.position);
    expect(linked).toHaveLength(record.positions);
    expect(record.rows.filter((row) => row.coded && !row.position)).toEqual([]);
    const russia = record.rows.find((row) => row.iso3 === "RUS");
    const [published] = await listPositions(t.db, { government: "RUS", topic: "cyber-norms-process" }).then((all) =>
      all.filter((p) => p.statedOn === "2018-12-22"),
    );
    expect(russia?.position).toEqual({ id: published?.id, stance: "leans_intergovernmental" });
  });

  it("names both roll calls on a rival pair's position, and none on a statement coded by hand", async () => {
    const russia = await listPositions(t.db, { government: "RUS", topic: "cyber-norms-process" });
    expect(russia.find((p) => p.statedOn === "2018-12-22")?.records.map((r) => r.slug)).toEqual([
      "unga-73-27-oewg-2018",
      "unga-73-266-gge-2018",
    ]);
    const wtpf = await listPositions(t.db, { event: "wtpf-2013" });
    expect(wtpf.length).toBeGreaterThan(0);
    expect(wtpf.every((p) => p.records.length === 0)).toBe(true);
  });

  it("lists the records with their tallies, and answers an unknown record as not found", async () => {
    expect(listRecords().find((r) => r.slug === "unga-73-27-oewg-2018")?.positions).toBeGreaterThan(100);
    await expect(getRecord(t.db, "no-such-record")).rejects.toThrow(NotFoundError);
  });
});
