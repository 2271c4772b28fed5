import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { eventSeeds } from "@/db/seed-data/events";
import { governmentSeeds } from "@/db/seed-data/governments";
import { topicSeeds } from "@/db/seed-data/topics";
import { codedFiles, codeRecordSet, POSITIONS_DIR, readFacts } from "./code-records";
import { DATASET_FILES } from "./files";
import { RECORD_SETS } from "./record-sets";

// The coding table applied to the facts: the committed files are exactly what it makes,
// with the counts the dataset's README gives for each record set.

const setById = (id: string) => {
  const set = RECORD_SETS.find((s) => s.id === id);
  if (!set) throw new Error(`No record set ${id}`);
  return set;
};
const rowsOf = (name: string): Record<string, string>[] => parse(readFileSync(path.join(POSITIONS_DIR, name), "utf8"), { columns: true });

describe("the reference dataset's coding", () => {
  it("gives the coded row counts of the facts files: 482 positions, as the method says", () => {
    const counts = Object.fromEntries(RECORD_SETS.map((set) => [set.id, codeRecordSet(set).length]));
    expect(counts).toEqual({
      "sco-code-of-conduct-2011": 4,
      "ibsa-2011": 3,
      "india-cirp-2011": 1,
      "sco-code-of-conduct-2015": 6,
      "netmundial-2014-objections": 3,
      "foc-members": 33,
      "paris-call-states": 81,
      "unga-73-27-oewg-2018": 179,
      "unga-74-247-cybercrime-2019": 172,
    });
  });

  it("matches the committed files byte for byte (run npm run dataset:code after changing the method)", () => {
    for (const file of codedFiles()) expect(readFileSync(path.join(POSITIONS_DIR, file.name), "utf8"), file.name).toBe(file.text);
  });

  it("codes votes one step softer than the text, and the resolution's own sponsors at its full strength", () => {
    const rows = codeRecordSet(setById("unga-74-247-cybercrime-2019"));
    const of = (iso3: string) => rows.find((r) => r.government === iso3);
    expect(of("RUS")).toMatchObject({ stance: "intergovernmental", evidence: "submission", stated_on: "2019-12-27" });
    expect(of("RUS")?.source_url.split(" ")).toHaveLength(2);
    expect(of("USA")).toMatchObject({ stance: "leans_multistakeholder", evidence: "vote", summary: expect.stringMatching(/^Voted no on UN General Assembly resolution 74\/247/) });
    expect(rows.filter((r) => r.stance === "intergovernmental")).toHaveLength(8);
    expect(rows.filter((r) => r.stance === "mixed")).toHaveLength(33);
  });

  it("dates FOC founders at the founding conference, year-only joins at year precision, and leaves out undated joins and withdrawals", () => {
    const rows = codeRecordSet(setById("foc-members"));
    expect(rows.find((r) => r.government === "NLD")).toMatchObject({ stated_on: "2011-12-09", date_precision: "day", event: "foc-hague-2011" });
    expect(rows.find((r) => r.government === "JPN")).toMatchObject({ stated_on: "2014", date_precision: "year" });
    expect(rows.find((r) => r.government === "KOR")).toMatchObject({ stated_on: "2023-08-29", date_precision: "day" });
    expect(rows.filter((r) => ["DNK", "LUX"].includes(r.government))).toEqual([]);
    expect(rows.filter((r) => r.government === "USA")).toHaveLength(1); // joined; the withdrawal is not a stance
  });

  it("dates undated Paris Call supporters at the list's first record, said as “on or before”, and never codes non-support", () => {
    const rows = codeRecordSet(setById("paris-call-states"));
    expect(rows.filter((r) => r.stated_on === "2019-09-16")).toHaveLength(68);
    expect(rows.find((r) => r.government === "ALB")?.summary).toMatch(/on or before 16 Sep 2019/);
    expect(rows.filter((r) => ["CHN", "RUS", "IRN", "PRK", "ISR"].includes(r.government))).toEqual([]);
    expect(rows.find((r) => r.government === "USA")).toMatchObject({ stated_on: "2021-11-11", stance: "multistakeholder" });
    expect(readFacts("paris_call_states.csv").filter((f) => f.value === "not_supported")).toHaveLength(6);
  });

  it("names only governments, topics and events the database has, and never two rows for one position", () => {
    const governments = new Set(governmentSeeds().map((g) => g.iso3));
    const topics = new Set<string>(topicSeeds.map((t) => t.slug));
    const events = new Set<string>(eventSeeds.map((e) => e.slug));
    const seen = new Map<string, string>();
    for (const { id } of DATASET_FILES) {
      for (const row of rowsOf(`${id}.csv`)) {
        expect(governments.has(row.government ?? ""), `${id}: ${row.government}`).toBe(true);
        expect(topics.has(row.topic ?? ""), `${id}: ${row.topic}`).toBe(true);
        if (row.event) expect(events.has(row.event), `${id}: ${row.event}`).toBe(true);
        const statedOn = /^\d{4}$/.test(row.stated_on ?? "") ? `${row.stated_on}-12-31` : row.stated_on; // a year counts from its last day
        const key = `${row.government}|${row.topic}|${statedOn}`;
        expect(seen.get(key), `${key} in ${id}`).toBeUndefined();
        seen.set(key, id);
      }
    }
    expect(seen.size).toBe(488);
  });
});
