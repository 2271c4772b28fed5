import fs from "node:fs";
import path from "node:path";
import { expect, newVisitor, test } from "./fixtures";
import { projectServer, staffStatePath } from "./session";
import { STAFF, type StaffRole } from "./staff";
import { enterPassword, verifyWithAppCode } from "./two-factor";

// Staff sign in through the real form, with a code, once per server: the other specs reuse these sessions.

for (const role of ["admin", "moderator"] as const satisfies StaffRole[]) {
  test(`the ${role} signs in with email, password and authentication code`, async ({ browser }) => {
    const account = STAFF[role];
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await enterPassword(page, account.email, account.password);
    // Password alone is not enough: the form asks for the code.
    await expect(page.getByLabel("Authentication code")).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveCount(0);
    await verifyWithAppCode(page, account.totpSecret);
    await expect(page.getByText(role, { exact: true })).toBeVisible();
    const file = staffStatePath(projectServer(), role);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await context.storageState({ path: file });
    await context.close();
  });
}
