import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATASET_TRANSLATIONS } from "@/db/dataset/translations";
import { auditLog, events } from "@/db/schema";
import { makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { textsIn } from "@/server/i18n/stored-texts";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { getEvent } from "./events";
import { getTopic } from "./topics";
import { listTranslations, saveTranslation } from "./translation-admin";

describe.each(TEST_DRIVERS)("admins translating topics, events and blocs on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
  });
  afterAll(() => t.destroy());

  it("starts from the shipped translations: the seeded topics read in every language", async () => {
    const topic = await getTopic(t.db, "itu-mandate");
    expect(textsIn("zh", topic)).toMatchObject({
      title: DATASET_TRANSLATIONS.zh.topics["itu-mandate"]?.title,
      lang: "zh",
    });
    expect(textsIn("en", topic)).toMatchObject({ title: topic.title, lang: "en" });
    const rows = await listTranslations(t.db, "ru");
    expect(rows.find((r) => r.kind === "bloc" && r.slug === "brics")?.translated.name).toBe(
      DATASET_TRANSLATIONS.ru.blocs.brics?.name,
    );
  });

  it("saves a language's texts, which pages show at once, and audits the text before and after", async () => {
    const before = (await getEvent(t.db, "igf-2013")).translations.fr;
    await saveTranslation(t.db, admin, {
      kind: "event",
      slug: "igf-2013",
      locale: "fr",
      fields: { name: "  Forum sur la gouvernance de l'Internet 2013 ", place: "Bali (Indonésie)" },
    });
    expect(textsIn("fr", await getEvent(t.db, "igf-2013"))).toMatchObject({
      name: "Forum sur la gouvernance de l'Internet 2013",
      place: "Bali (Indonésie)",
      lang: "fr",
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "translation.save"), eq(auditLog.targetId, "igf-2013")));
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "event" });
    expect(entry?.details).toEqual({
      locale: "fr",
      before,
      after: { name: "Forum sur la gouvernance de l'Internet 2013", place: "Bali (Indonésie)" },
    });
  });

  it("refuses half a translation, a field the row has not, an unknown row, English, and saving the same text", async () => {
    const half = { kind: "topic", slug: "itu-mandate", locale: "es", fields: { title: "Mandato de la UIT" } };
    await expect(saveTranslation(t.db, admin, half)).rejects.toThrow(/Translate every field/);
    const extra = { kind: "event", slug: "igf-2013", locale: "es", fields: { name: "FGI", place: "Bali", date: "x" } };
    await expect(saveTranslation(t.db, admin, extra)).rejects.toThrow(/no field “date”/);
    const unknown = {
      kind: "bloc",
      slug: "no-such-bloc",
      locale: "ar",
      fields: { name: "", description: "", coverageNote: "" },
    };
    await expect(saveTranslation(t.db, admin, unknown)).rejects.toThrow(/No bloc has the slug no-such-bloc/);
    const english = { kind: "event", slug: "igf-2013", locale: "en", fields: { name: "IGF", place: "Bali" } };
    await expect(saveTranslation(t.db, admin, english)).rejects.toThrow(/other than English/);
    const same = {
      kind: "event",
      slug: "igf-2013",
      locale: "fr",
      fields: { name: "Forum sur la gouvernance de l'Internet 2013", place: "Bali (Indonésie)" },
    };
    await expect(saveTranslation(t.db, admin, same)).rejects.toThrow(/Nothing to save/);
    // Nothing changed on the way.
    expect((await getTopic(t.db, "itu-mandate")).translations.es).toEqual(
      DATASET_TRANSLATIONS.es.topics["itu-mandate"],
    );
  });

  it("removes a language with every field empty: the pages show the English and say so", async () => {
    await saveTranslation(t.db, admin, {
      kind: "event",
      slug: "igf-2013",
      locale: "ar",
      fields: { name: "", place: "" },
    });
    const [row] = await t.db
      .select({ translations: events.translations })
      .from(events)
      .where(eq(events.slug, "igf-2013"));
    expect(row?.translations.ar).toBeUndefined();
    expect(textsIn("ar", await getEvent(t.db, "igf-2013"))).toMatchObject({
      name: "Internet Governance Forum",
      lang: "en",
    });
    await expect(
      saveTranslation(t.db, admin, { kind: "event", slug: "igf-2013", locale: "ar", fields: { name: "", place: "" } }),
    ).rejects.toThrow(/no translation in that language to remove/);
  });
});
