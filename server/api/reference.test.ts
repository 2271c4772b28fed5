import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { createCaller } from "./root";
import { createInnerContext } from "./trpc";

describe.each(TEST_DRIVERS)("reference procedures on %s", (kind) => {
  let t: TestDatabase;
  let caller: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    caller = createCaller(createInnerContext({ db: t.db }));
  });
  afterAll(() => t.destroy());

  it("lists governments by name, filtered by region", async () => {
    const all = await caller.governments.list();
    expect(all).toHaveLength(195);
    expect(all.map((g) => g.name)).toEqual([...all.map((g) => g.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const oceania = await caller.governments.list({ region: "Oceania" });
    expect(oceania.length).toBeGreaterThan(0);
    expect(oceania.every((g) => g.region === "Oceania")).toBe(true);
    expect(oceania.find((g) => g.iso3 === "FJI")).toEqual({
      iso3: "FJI",
      name: "Fiji",
      region: "Oceania",
      subregion: "Melanesia",
    });
  });

  it("rejects an unknown region as a bad request", async () => {
    await expect(caller.governments.list({ region: "Atlantis" as "Europe" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.governments.list({ region: "Atlantis" as "Europe" })).rejects.toBeInstanceOf(TRPCError);
  });

  it("lists the topics with both poles, and the events in date order", async () => {
    const topics = await caller.topics.list();
    expect(topics[0]).toMatchObject({ slug: "governments-role", title: "Role of governments in Internet governance" });
    expect(topics.every((t) => t.multistakeholderPole && t.intergovernmentalPole)).toBe(true);
    const events = await caller.events.list();
    expect(events.map((e) => e.slug)).toEqual([
      "ibsa-rio-2011",
      "unga-66-2011",
      "foc-hague-2011",
      "wcit-2012",
      "wtpf-2013",
      "igf-2013",
      "netmundial-2014",
      "wsis10-2015",
      "paris-call-2018",
      "unga-73-27-2018",
      "unga-73-ict-2018",
      "unga-73-187-2018",
      "unga-74-ict-2019",
      "unga-74-247-2019",
      "unga-75-ict-2020",
      "un-cybercrime-convention-adoption-2024",
      "un-cybercrime-convention-signing-2025",
    ]);
  });

  it("counts what the home page shows", async () => {
    expect(await caller.stats.site()).toEqual({ governments: 195, topics: 10, events: 17, positions: 1135 });
  });
});
