import { verify } from "@node-rs/argon2";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { auditLog, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { createUser, updateUser } from "./users";

const PASSWORD = "correct horse battery staple";

describe.each(TEST_DRIVERS)("user accounts on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
  });
  afterAll(() => t.destroy());

  const stored = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];

  it("stores the password as an argon2id hash, never the password itself", async () => {
    await createUser(t.db, { email: "Ada@Example.org", password: PASSWORD, role: "moderator" });
    const row = await stored("ada@example.org");
    expect(row?.role).toBe("moderator");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.passwordHash).not.toContain(PASSWORD);
    expect(await verify(row?.passwordHash ?? "", PASSWORD)).toBe(true);
  });

  it("makes new accounts contributors unless told otherwise", async () => {
    const user = await createUser(t.db, { email: "new@example.org", password: PASSWORD });
    expect(user.role).toBe("contributor");
  });

  it("refuses a second account with the same email, whatever its case", async () => {
    await expect(createUser(t.db, { email: "ADA@example.org", password: PASSWORD })).rejects.toThrow(ConflictError);
  });

  it("refuses a password shorter than 15 characters or an unknown role", async () => {
    await expect(createUser(t.db, { email: "short@example.org", password: "too short" })).rejects.toThrow(ZodError);
    await expect(
      createUser(t.db, { email: "role@example.org", password: PASSWORD, role: "superuser" as "admin" }),
    ).rejects.toThrow(ZodError);
    expect(await stored("short@example.org")).toBeUndefined();
  });

  it("refuses a common password, on creation and on change", async () => {
    await expect(createUser(t.db, { email: "common@example.org", password: "1qaz2wsx3edc4rfv" })).rejects.toThrow(
      "too common",
    );
    await expect(updateUser(t.db, { email: "ada@example.org", password: "aaaaaaaaaaaaaaaa" })).rejects.toThrow(
      "too common",
    );
    expect(await stored("common@example.org")).toBeUndefined();
  });

  it("changes the role, and ends other sessions when the password changes", async () => {
    const before = await stored("ada@example.org");
    await updateUser(t.db, { email: "ada@example.org", role: "admin", password: "another long passphrase" });
    const after = await stored("ada@example.org");
    expect(after?.role).toBe("admin");
    expect(after?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);
    expect(await verify(after?.passwordHash ?? "", "another long passphrase")).toBe(true);
    const [entry] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: "user.update", targetId: after?.id });
  });

  it("reports an unknown email on update", async () => {
    await expect(updateUser(t.db, { email: "nobody@example.org", role: "admin" })).rejects.toThrow(NotFoundError);
  });
});
