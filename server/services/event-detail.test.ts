import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { NotFoundError } from "@/server/shared/errors";
import { eventDetail } from "./event-detail";

describe.each(TEST_DRIVERS)("an event and what it moved, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  it("lists every position stated at WTPF-13, and who changed from the day before it began to its last day", async () => {
    const detail = await eventDetail(t.db, "wtpf-2013");
    expect(detail.before).toBe("2013-05-13");
    expect(detail.after).toBe(detail.event.endDate);
    expect(detail.positions.map((p) => p.government).sort()).toEqual(["BRA", "BRA", "IRN", "RUS", "SWE", "USA"]);
    const role = detail.movements.find((m) => m.topic.slug === "governments-role");
    // Brazil said two things during the event; what counts is the day before against the last day.
    expect(role?.changed.filter((c) => c.iso3 === "BRA")).toEqual([
      { iso3: "BRA", name: "Brazil", from: null, to: "mixed" },
    ]);
    // Russia said at WTPF-13 what it had tabled in 2011: no change.
    expect(role?.changed.map((c) => c.iso3)).not.toContain("RUS");
    expect(role?.before.intergovernmental).toBeGreaterThan(0);
    expect(detail.movements.map((m) => m.topic.slug).sort()).toEqual([
      "cwg-internet-openness",
      "governments-role",
      "multistakeholder-model",
    ]);
  });

  it("answers an unknown event as not found", async () => {
    await expect(eventDetail(t.db, "no-such-event")).rejects.toThrow(NotFoundError);
  });
});
