import { asc, eq } from "drizzle-orm";
import { blocInputSchema } from "@/server/schemas/bloc-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, blocMemberships } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { addMembership, endMembership, listBlocsForAdmin, saveBloc } from "./bloc-admin";
import { getBloc, listBlocs } from "./blocs";
import { ConflictError, FieldError } from "@/server/shared/errors";
import { setRetired } from "./reference-admin";

const BLOC = {
  slug: "ibsa",
  name: "IBSA Dialogue Forum",
  description: "India, Brazil and South Africa's dialogue forum.",
  coverageNote: "",
  coverage: "complete",
};
const SOURCE = "https://example.org/ibsa";

describe.each(TEST_DRIVERS)("admins managing blocs on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
  });
  afterAll(() => t.destroy());

  const actions = async (slug: string) =>
    (
      await t.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.targetId, slug))
        .orderBy(asc(auditLog.id))
    ).map((a) => a.action);

  it("refuses the slug “view”, which names the cached list of blocs (/blocs/view/…)", () => {
    const parsed = blocInputSchema.safeParse({ ...BLOC, slug: "view" });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["slug", "“view” names a page of the site: choose another slug."],
    ]);
    expect(blocInputSchema.safeParse({ ...BLOC, slug: "viewers" }).success).toBe(true);
  });

  it("creates a bloc the public lists at once, refuses a taken slug, and never changes a slug", async () => {
    await saveBloc(t.db, admin, BLOC);
    expect((await listBlocs(t.db)).find((b) => b.slug === "ibsa")).toEqual({
      slug: "ibsa",
      name: "IBSA Dialogue Forum",
      memberCount: 0,
      translations: {}, // a new bloc is English until an admin translates it
    });
    await expect(saveBloc(t.db, admin, BLOC)).rejects.toThrow(FieldError);
    await expect(saveBloc(t.db, admin, { ...BLOC, originalSlug: "ibsa", slug: "ibsa-forum" })).rejects.toThrow(
      /cannot change/,
    );
    await saveBloc(t.db, admin, {
      ...BLOC,
      originalSlug: "ibsa",
      coverage: "partial",
      coverageNote: "South Africa's date is not sourced yet.",
    });
    expect((await getBloc(t.db, "ibsa")).complete).toBe(false);
    expect(await actions("ibsa")).toEqual(["bloc.create", "bloc.update"]);
  });

  it("adds a period with its source; a year alone counts from 31 December", async () => {
    await addMembership(t.db, admin, {
      bloc: "ibsa",
      government: "ind",
      joinedOn: "2003-06-06",
      joinedPrecision: "day",
      sourceUrl: SOURCE,
    });
    await addMembership(t.db, admin, {
      bloc: "ibsa",
      government: "BRA",
      joinedOn: "2003-01-01",
      joinedPrecision: "year",
      sourceUrl: SOURCE,
    });
    expect((await getBloc(t.db, "ibsa", { at: "2003-12-30" })).members.map((m) => m.iso3)).toEqual(["IND"]);
    expect((await getBloc(t.db, "ibsa", { at: "2003-12-31" })).members.map((m) => m.iso3)).toEqual(["BRA", "IND"]);
  });

  it("refuses an unknown government, an overlapping period, and a source that is not a web address, changing nothing", async () => {
    const before = await t.db.select().from(blocMemberships).where(eq(blocMemberships.blocSlug, "ibsa"));
    await expect(
      addMembership(t.db, admin, {
        bloc: "ibsa",
        government: "XXX",
        joinedOn: "2005-01-01",
        joinedPrecision: "day",
        sourceUrl: SOURCE,
      }),
    ).rejects.toThrow(/No government has the code XXX/);
    await expect(
      addMembership(t.db, admin, {
        bloc: "ibsa",
        government: "IND",
        joinedOn: "2010-01-01",
        joinedPrecision: "day",
        sourceUrl: SOURCE,
      }),
    ).rejects.toThrow(/already a member from 2003-06-06/);
    await expect(
      addMembership(t.db, admin, {
        bloc: "ibsa",
        government: "ZAF",
        joinedOn: "2003-06-06",
        joinedPrecision: "day",
        sourceUrl: "javascript:alert(1)",
      }),
    ).rejects.toThrow(/http\(s\) address/);
    expect(await t.db.select().from(blocMemberships).where(eq(blocMemberships.blocSlug, "ibsa"))).toEqual(before);
  });

  it("ends a period on the day the government left; not before it joined, and not twice", async () => {
    const [india] =
      (await listBlocsForAdmin(t.db)).find((b) => b.slug === "ibsa")?.periods.filter((p) => p.iso3 === "IND") ?? [];
    const id = india?.id ?? 0;
    await expect(endMembership(t.db, admin, { id, leftOn: "2003-06-06", leftSourceUrl: SOURCE })).rejects.toThrow(
      FieldError,
    );
    await endMembership(t.db, admin, { id, leftOn: "2020-01-01", leftSourceUrl: SOURCE });
    await expect(endMembership(t.db, admin, { id, leftOn: "2021-01-01", leftSourceUrl: SOURCE })).rejects.toThrow(
      ConflictError,
    );
    expect((await getBloc(t.db, "ibsa", { at: "2019-12-31" })).members.map((m) => m.iso3)).toContain("IND");
    const after = await getBloc(t.db, "ibsa", { at: "2020-01-01" });
    expect(after.members.map((m) => m.iso3)).toEqual(["BRA"]);
    expect(after.former.map((m) => m.iso3)).toEqual(["IND"]);
    // A new period may start once the last one has ended.
    await addMembership(t.db, admin, {
      bloc: "ibsa",
      government: "IND",
      joinedOn: "2022-01-01",
      joinedPrecision: "day",
      sourceUrl: SOURCE,
    });
    expect(
      (await getBloc(t.db, "ibsa", { at: "2022-01-01" })).members.find((m) => m.iso3 === "IND")?.periods,
    ).toHaveLength(2);
    expect(await actions("ibsa")).toEqual([
      "bloc.create",
      "bloc.update",
      "bloc.membership.add",
      "bloc.membership.add",
      "bloc.membership.end",
      "bloc.membership.add",
    ]);
  });

  it("retires a bloc: it leaves the public lists, keeps its periods, and can be restored", async () => {
    await setRetired(t.db, admin, "bloc", { slug: "ibsa", retired: true });
    expect((await listBlocs(t.db)).map((b) => b.slug)).not.toContain("ibsa");
    await expect(getBloc(t.db, "ibsa")).rejects.toThrow(/No bloc/);
    await setRetired(t.db, admin, "bloc", { slug: "ibsa", retired: false });
    expect((await getBloc(t.db, "ibsa", { at: "2022-01-01" })).members).toHaveLength(2);
  });
});
