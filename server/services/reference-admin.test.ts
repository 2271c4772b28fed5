import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { listEvents } from "./events";
import { listEventsForAdmin, listTopicsForAdmin, saveEvent, saveTopic, setRetired } from "./reference-admin";
import { getTopic, listTopics } from "./topics";

const TOPIC = {
  slug: "content-regulation",
  title: "Content regulation",
  description: "Who sets the rules for online content.",
  multistakeholderPole: "Rules emerge from open multistakeholder processes.",
  intergovernmentalPole: "Governments set the rules through treaties.",
};

describe.each(TEST_DRIVERS)("admins editing topics and events on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
  });
  afterAll(() => t.destroy());

  it("creates a topic that the public lists at once, last in order, and audits it", async () => {
    await saveTopic(t.db, admin, TOPIC);
    const titles = (await listTopics(t.db)).map((x) => x.title);
    expect(titles.at(-1)).toBe("Content regulation");
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "topic.create"));
    expect(entry).toMatchObject({ actorId: admin.id, targetId: "content-regulation" });
    await expect(saveTopic(t.db, admin, TOPIC)).rejects.toThrow(/already used/);
  });

  it("edits a topic and may rename an unused slug, but never one positions use", async () => {
    await saveTopic(t.db, admin, {
      ...TOPIC,
      originalSlug: "content-regulation",
      slug: "online-content",
      title: "Online content rules",
    });
    expect((await getTopic(t.db, "online-content")).title).toBe("Online content rules");
    const seeded = await getTopic(t.db, "governments-role"); // the seed has positions on it
    await expect(
      saveTopic(t.db, admin, { ...seeded, originalSlug: "governments-role", slug: "role-of-governments" }),
    ).rejects.toThrow(/Positions use the slug governments-role/);
    await saveTopic(t.db, admin, {
      ...seeded,
      originalSlug: "governments-role",
      slug: "governments-role",
      title: "The role of governments",
    });
    expect((await getTopic(t.db, "governments-role")).title).toBe("The role of governments");
  });

  it("retires and restores instead of deleting", async () => {
    await setRetired(t.db, admin, "topic", { slug: "online-content", retired: true });
    expect((await listTopics(t.db)).some((x) => x.slug === "online-content")).toBe(false);
    expect((await getTopic(t.db, "online-content")).retired).toBe(true); // old links keep working
    expect((await listTopicsForAdmin(t.db)).find((x) => x.slug === "online-content")).toMatchObject({
      retired: true,
      positions: 0,
    });
    await setRetired(t.db, admin, "topic", { slug: "online-content", retired: false });
    expect((await listTopics(t.db)).some((x) => x.slug === "online-content")).toBe(true);
  });

  it("creates and edits events with checked dates; a used slug stays", async () => {
    await expect(
      saveEvent(t.db, admin, {
        slug: "igf-2014",
        name: "Internet Governance Forum",
        place: "Istanbul",
        startDate: "2014-09-05",
        endDate: "2014-09-02",
      }),
    ).rejects.toThrow(/cannot end before it starts/);
    await saveEvent(t.db, admin, {
      slug: "igf-2014",
      name: "Internet Governance Forum",
      place: "Istanbul",
      startDate: "2014-09-02",
      endDate: "2014-09-05",
    });
    expect((await listEvents(t.db)).find((e) => e.slug === "igf-2014")).toEqual({
      slug: "igf-2014",
      name: "Internet Governance Forum",
      place: "Istanbul",
      startDate: "2014-09-02",
      endDate: "2014-09-05",
      translations: {},
    });
    await expect(
      saveEvent(t.db, admin, {
        originalSlug: "wtpf-2013",
        slug: "wtpf13",
        name: "WTPF",
        place: "Geneva",
        startDate: "2013-05-14",
        endDate: "2013-05-16",
      }),
    ).rejects.toThrow(/Positions name the event wtpf-2013/);
    expect((await listEventsForAdmin(t.db)).find((e) => e.slug === "wtpf-2013")?.positions).toBeGreaterThan(0);
  });
});
