import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { eventSeeds } from "@/db/seed-data/events";
import { governmentSeeds } from "@/db/seed-data/governments";
import { topicSeeds } from "@/db/seed-data/topics";
import { importRowSchema } from "@/server/schemas/import-row";
import { codedFiles, codeRecordSet, type CodedRow, POSITIONS_DIR, RECORDS_DIR } from "./code-records";
import { DATASET_FILES } from "./files";
import { RECORD_SETS } from "./record-sets";

// The coding table (method v2) applied to the facts: the committed files are exactly what it
// makes, with the counts and stance splits the dataset's README gives for each record set.

const setById = (id: string) => {
  const set = RECORD_SETS.find((s) => s.id === id);
  if (!set) throw new Error(`No record set ${id}`);
  return set;
};
const coded = (id: string) => codeRecordSet(setById(id));
const rowsOf = (name: string): Record<string, string>[] =>
  parse(readFileSync(path.join(POSITIONS_DIR, name), "utf8"), { columns: true });
const tally = (rows: Record<string, string>[], column: string) =>
  rows.reduce<Record<string, number>>((t, r) => ({ ...t, [r[column] ?? ""]: (t[r[column] ?? ""] ?? 0) + 1 }), {});
const only = (rows: CodedRow[], column: keyof CodedRow) => [...new Set(rows.map((r) => r[column]))];

/** Per record set, the stance split the README's table and expected counts give. */
const README_SPLITS: Record<string, Record<string, number>> = {
  "sco-code-of-conduct-2011": { intergovernmental: 4 },
  "ibsa-2011": { leans_intergovernmental: 3 },
  "india-cirp-2011": { leans_intergovernmental: 1 },
  "sco-code-of-conduct-2015": { intergovernmental: 6 },
  "netmundial-2014-objections": { leans_intergovernmental: 3 },
  "india-icann53-2015": { multistakeholder: 1 },
  "foc-members": { leans_multistakeholder: 35 },
  "wcit-2012-final-acts": { leans_intergovernmental: 46, leans_multistakeholder: 29 },
  "paris-call-states": { multistakeholder: 1, leans_multistakeholder: 80 },
  "unga-rival-pair-2018": { leans_intergovernmental: 24, leans_multistakeholder: 55, mixed: 79 },
  "unga-rival-pair-2019": { leans_intergovernmental: 15, leans_multistakeholder: 50, mixed: 112 },
  "unga-rival-pair-2020": { leans_intergovernmental: 16, leans_multistakeholder: 69, mixed: 74 },
  "unga-73-187-cybercrime-2018": { leans_intergovernmental: 94, leans_multistakeholder: 59, mixed: 33 },
  "unga-74-247-cybercrime-2019": {
    intergovernmental: 8,
    leans_intergovernmental: 71,
    leans_multistakeholder: 60,
    mixed: 33,
  },
  "un-cybercrime-convention-signatures-2025": { leans_intergovernmental: 68 },
};

describe("the reference dataset's coding, method v2", () => {
  it("gives each record set the README's count and stance split", () => {
    const splits = Object.fromEntries(RECORD_SETS.map((set) => [set.id, tally(codeRecordSet(set), "stance")]));
    expect(splits).toEqual(README_SPLITS);
  });

  it("comes to 1,135 positions with WTPF-13: 844 votes, 258 endorsements, 21 submissions and 12 statements", () => {
    const rows = DATASET_FILES.flatMap(({ id }) => rowsOf(`${id}.csv`));
    expect(rows).toHaveLength(1135);
    expect(tally(rows, "evidence")).toEqual({ vote: 844, endorsement: 258, submission: 21, statement: 12 });
  });

  it("matches the committed files byte for byte, and no other file is left (npm run dataset:code -- --check passes)", () => {
    for (const file of codedFiles())
      expect(readFileSync(path.join(POSITIONS_DIR, file.name), "utf8"), file.name).toBe(file.text);
    expect(readdirSync(POSITIONS_DIR).sort()).toEqual(DATASET_FILES.map(({ id }) => `${id}.csv`).sort());
  });

  it("dates the 67 undated Paris Call supporters on or before 16 Sep 2019, codes France's own text at full strength, and never codes non-support", () => {
    const rows = coded("paris-call-states");
    const undated = rows.filter((r) => r.date_precision === "on_or_before");
    expect(undated).toHaveLength(67);
    expect(only(undated, "stated_on")).toEqual(["2019-09-16"]);
    for (const r of undated)
      expect(r.summary).toContain(
        "on or before 16 Sep 2019 (the first record of the official supporters list; the day it joined is not known)",
      );
    expect(rows.find((r) => r.government === "FRA")).toMatchObject({
      stance: "multistakeholder",
      evidence: "statement",
      stated_on: "2018-11-12",
      date_precision: "day",
    });
    expect(rows.find((r) => r.government === "USA")).toMatchObject({
      stance: "leans_multistakeholder",
      evidence: "endorsement",
      stated_on: "2021-11-10",
    });
    expect(rows.filter((r) => ["CHN", "RUS", "IRN", "PRK", "ISR"].includes(r.government))).toEqual([]);
  });

  it("ends the United States' FOC position the day it withdrew, with the source of the withdrawal", () => {
    const rows = coded("foc-members");
    const usa = rows.filter((r) => r.government === "USA");
    expect(usa).toHaveLength(1);
    expect(usa[0]).toMatchObject({
      stated_on: "2011-12-09",
      ended_on: "2026-02-10",
      end_note: "Withdrew from the Freedom Online Coalition (letter of 10 Feb 2026)",
    });
    expect(usa[0]?.end_source_url).toMatch(/^https:\/\/.*withdraws-from-freedom-online-coalition$/);
    expect(rows.filter((r) => r.ended_on)).toHaveLength(1);
  });

  it("dates FOC founders at the founding conference, a year alone at year precision, and Denmark and Luxembourg on or before their bounds", () => {
    const rows = coded("foc-members");
    const of = (iso3: string) => rows.find((r) => r.government === iso3);
    expect(of("NLD")).toMatchObject({ stated_on: "2011-12-09", date_precision: "day", event: "foc-hague-2011" });
    expect(of("JPN")).toMatchObject({ stated_on: "2014", date_precision: "year", event: "" });
    expect(of("KOR")).toMatchObject({ stated_on: "2023-08-29", date_precision: "day" });
    expect(of("DNK")).toMatchObject({ stated_on: "2020-12-07", date_precision: "on_or_before" });
    expect(of("LUX")).toMatchObject({ stated_on: "2022-03-31", date_precision: "on_or_before" });
    expect(rows.filter((r) => r.event === "foc-hague-2011")).toHaveLength(15);
  });

  it("reads the rival resolutions together: one position per government from both votes, naming both, with both sources", () => {
    const pairs = {
      2018: ["73/27", "73/266", "2018-12-22"],
      2019: ["74/29", "74/28", "2019-12-12"],
      2020: ["75/240", "75/32", "2020-12-31"],
    } as const;
    for (const [year, [r, u, later]] of Object.entries(pairs)) {
      const rows = coded(`unga-rival-pair-${year}`);
      expect(only(rows, "stated_on"), year).toEqual([later]);
      expect(only(rows, "evidence"), year).toEqual(["vote"]);
      for (const row of rows) {
        expect(row.summary).toContain(`Russian-led UN General Assembly resolution ${r} (`);
        expect(row.summary).toContain(`US-led resolution ${u} (`);
        expect(row.source_url.split(" "), `${year} ${row.government}`).toHaveLength(2);
      }
    }
    const of = (iso3: string) => coded("unga-rival-pair-2018").find((r) => r.government === iso3);
    expect(of("RUS")?.summary).toBe(
      "Voted yes on the Russian-led UN General Assembly resolution 73/27 (5 Dec 2018, Open-ended Working Group) and no on the US-led resolution 73/266 (22 Dec 2018, Group of Governmental Experts): prefers the Russian-led process.",
    );
    expect(of("IND")).toMatchObject({
      stance: "mixed",
      summary: expect.stringMatching(/no preference between the two processes\.$/),
    });
    expect(of("BRA")).toMatchObject({
      stance: "leans_multistakeholder",
      summary: expect.stringMatching(/^Abstained on the Russian-led .* and voted yes on the US-led/),
    });
  });

  it("codes single votes on the cybercrime treaty one step softer, and 74/247's original sponsors at full strength as a submission", () => {
    const rows = coded("unga-74-247-cybercrime-2019");
    expect(rows.find((r) => r.government === "RUS")).toMatchObject({
      stance: "intergovernmental",
      evidence: "submission",
      stated_on: "2019-12-27",
    });
    expect(rows.find((r) => r.government === "RUS")?.source_url.split(" ")).toHaveLength(2);
    expect(rows.every((r) => r.source_url.split(" ")[0]?.endsWith("#rcid=9087"))).toBe(true);
    const votes = coded("unga-73-187-cybercrime-2018");
    expect(only(votes, "stated_on")).toEqual(["2018-12-17"]);
    expect(votes.find((r) => r.government === "USA")).toMatchObject({
      stance: "leans_multistakeholder",
      evidence: "vote",
      event: "unga-73-187-2018",
    });
  });

  it("codes convention signatures at their dates, the Hanoi days at the signing ceremony, and nobody at the adoption", () => {
    const rows = coded("un-cybercrime-convention-signatures-2025");
    const atHanoi = rows.filter((r) => r.event === "un-cybercrime-convention-signing-2025");
    expect(atHanoi).toHaveLength(64);
    expect(only(atHanoi, "stated_on").sort()).toEqual(["2025-10-25", "2025-10-26"]);
    expect(rows.filter((r) => r.date_precision === "year").map((r) => r.government)).toEqual(["GBR", "SWE", "VEN"]);
    const everyRow = DATASET_FILES.flatMap(({ id }) => rowsOf(`${id}.csv`));
    expect(everyRow.filter((r) => r.event === "un-cybercrime-convention-adoption-2024")).toEqual([]);
  });

  it("codes the README's other records on their topics, evidence and dates", () => {
    expect(
      coded("wcit-2012-final-acts").every(
        (r) =>
          r.topic === "itu-mandate" &&
          r.evidence === "endorsement" &&
          r.stated_on === "2012-12-14" &&
          r.event === "wcit-2012",
      ),
    ).toBe(true);
    expect(coded("india-cirp-2011")).toMatchObject([
      { stance: "leans_intergovernmental", evidence: "statement", stated_on: "2011-10-26" },
    ]);
    expect(
      coded("netmundial-2014-objections").every(
        (r) => r.evidence === "statement" && r.stated_on === "2014-04-24" && r.event === "netmundial-2014",
      ),
    ).toBe(true);
    expect(coded("india-icann53-2015")).toMatchObject([
      {
        government: "IND",
        topic: "multistakeholder-model",
        evidence: "statement",
        stated_on: "2015-06-22",
        event: "",
        quote: "The Internet must remain plural. It must be managed by a multistakeholder system.",
      },
    ]);
  });
});

describe("quotation marks in the coding table (rule 6)", () => {
  const readme = readFileSync(path.join(RECORDS_DIR, "README.md"), "utf8");
  const quoted = (text: string) => [...text.matchAll(/“([^”]*)”|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? "");
  const texts = RECORD_SETS.flatMap((set) => [
    ...codeRecordSet(set).flatMap((row) => [row.summary, row.end_note]),
    set.about,
    set.says,
    set.doesNotSay,
    set.gaps,
    ...set.rules.map((r) => r.statedOn),
    ...set.notCoded.map((n) => n.why),
  ]);

  it("never quotes the SCO code's paraphrased pledge", () => {
    for (const row of coded("sco-code-of-conduct-2011")) {
      expect(row.summary).not.toMatch(/[“”"]/);
      expect(row.summary).toContain(
        "a multilateral, transparent and democratic international Internet management system",
      );
    }
  });

  it("holds only words the README gives verbatim", () => {
    const spans = texts.flatMap(quoted);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of new Set(spans)) expect(readme.includes(span), span).toBe(true);
    expect(quoted("said “a UN body”, and “that”")).toEqual(["a UN body", "that"]); // the check itself finds quotes
  });

  it("puts every quote column in the README too", () => {
    const quotes = RECORD_SETS.flatMap((set) => codeRecordSet(set).map((r) => r.quote)).filter(Boolean);
    expect(quotes).toHaveLength(1);
    for (const quote of quotes) expect(readme).toContain(quote);
  });
});

describe("the coded files against the database's seeds", () => {
  it("name only governments, topics and events the database has, and never two rows for one position", () => {
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
    expect(seen.size).toBe(1135);
  });

  it("pass the import's checks row by row, ends included", () => {
    for (const { id } of DATASET_FILES) {
      for (const row of rowsOf(`${id}.csv`)) {
        const checked = importRowSchema.safeParse(row);
        expect(checked.error?.issues ?? [], `${id}: ${row.government}`).toEqual([]);
      }
    }
    const usa = importRowSchema.parse(rowsOf("foc-members.csv").find((r) => r.government === "USA"));
    expect(usa.end).toMatchObject({ on: "2026-02-10" });
  });

  it("dates every position inside its event's days", () => {
    const days = new Map<string, { startDate: string; endDate: string }>(eventSeeds.map((e) => [e.slug, e]));
    for (const set of RECORD_SETS) {
      for (const row of codeRecordSet(set).filter((r) => r.event)) {
        const event = days.get(row.event);
        expect(
          event && row.stated_on >= event.startDate && row.stated_on <= event.endDate,
          `${set.id}: ${row.government} ${row.stated_on} at ${row.event}`,
        ).toBe(true);
      }
    }
  });

  it("gives every record set the fields /methodology renders, and a v2 reason wherever v1 positions are re-coded", () => {
    for (const set of RECORD_SETS) {
      expect(set.says.length, set.id).toBeGreaterThan(20);
      expect(set.doesNotSay, set.id).toMatch(/^It does not say /);
      expect(set.methodRules.length, set.id).toBeGreaterThan(0);
      if (set.recodeReason !== null) expect(set.recodeReason, set.id).toMatch(/^method v2: /);
    }
    const recoded = RECORD_SETS.filter((s) => s.recodeReason).map((s) => s.id);
    expect(recoded).toEqual([
      "sco-code-of-conduct-2011",
      "ibsa-2011",
      "india-cirp-2011",
      "foc-members",
      "paris-call-states",
      "unga-74-247-cybercrime-2019",
    ]);
  });
});
