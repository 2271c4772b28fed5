import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { freshDate } from "./proposal-form";
import { staffPage } from "./session";

// Admins edit topics and events, moderators import CSV files, admins read the audit log.

const adminPage = (browser: Browser) => staffPage(browser, "admin");

test("an admin creates a topic; the public topics page lists it at once; a used slug cannot change", async ({
  browser,
  page,
}) => {
  const admin = await adminPage(browser);
  const slug = `domain-names-${Date.now()}`;
  await admin.goto("/admin/topics");
  await admin.getByText("New topic").click();
  const form = admin.locator("details").filter({ hasText: "New topic" });
  await form.getByLabel("Slug").fill("Bad Slug");
  await form.getByLabel("Title").fill("Domain names");
  await form.getByRole("button", { name: "Create topic" }).click();
  await expect(form.getByLabel("Slug")).toHaveAccessibleDescription(/lowercase letters, digits and single hyphens/);
  await expect(form.getByLabel("Title")).toHaveValue("Domain names");
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Description").fill("Who oversees the domain name system.");
  await form.getByLabel("Multistakeholder pole").fill("ICANN's multistakeholder community oversees names.");
  await form.getByLabel("Intergovernmental pole").fill("An intergovernmental body oversees names.");
  await form.getByRole("button", { name: "Create topic" }).click();
  await expect(admin.getByRole("list", { name: "Topics" })).toContainText(slug);

  await page.goto("/topics");
  await expect(page.getByRole("link", { name: "Domain names" }).first()).toBeVisible();

  const seeded = admin
    .getByRole("list", { name: "Topics" })
    .getByRole("listitem")
    .filter({ hasText: "governments-role" });
  await seeded.getByText("governments-role").click();
  await seeded.getByLabel("Slug").fill("role-of-governments");
  await seeded.getByRole("button", { name: "Save" }).click();
  await expect(seeded.getByLabel("Slug")).toHaveAccessibleDescription(
    /Positions use the slug governments-role, so it cannot change/,
  );
  await admin.context().close();
});

test("a moderator imports a CSV file: bad rows are listed first, then a good file is published", async ({
  browser,
}) => {
  const mod = await staffPage(browser, "moderator");
  const date = freshDate();
  const header = "government,topic,stance,stated_on,summary,source_url,event,quote";
  await mod.goto("/moderation/import");
  await mod.getByLabel("CSV file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `${header}\nMWI,ixps,mixed,${date},Malawi spoke about its exchange point in detail.,https://example.org/mwi,,\nXXX,ixps,mixed,${date},A summary long enough to pass.,https://example.org/x,,\n`,
    ),
  });
  const bad = mod.getByRole("alert").filter({ hasText: "bad row" });
  await expect(bad).toContainText("1 bad row: nothing will be imported");
  await expect(bad.getByRole("row", { name: /3 unknown government XXX/ })).toBeVisible();

  await mod.getByLabel("CSV file").setInputFiles({
    name: "good.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `${header}\nMWI,ixps,leans_multistakeholder,${date},Malawi spoke about its exchange point in detail.,https://example.org/mwi,,\n`,
    ),
  });
  await expect(mod.getByText("1 new positions, 0 changed, 0 unchanged")).toBeVisible();
  await mod.getByRole("button", { name: "Import 1 rows" }).click();
  await expect(mod.getByRole("status")).toContainText("Imported: 1 new, 0 changed, 0 unchanged.");
  const matrix = await (await mod.request.get(`/api/v1/matrix?at=${date}&topics=ixps`)).json();
  expect(matrix.rows.find((r: { iso3: string }) => r.iso3 === "MWI").cells.ixps.stance).toBe("leans_multistakeholder");
  await mod.context().close();
});

test("the audit log shows imports and role changes with who did them; moderators cannot read it", async ({
  browser,
}) => {
  const admin = await adminPage(browser);
  await admin.goto("/admin/audit");
  await expect(admin.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(admin.getByRole("table")).toContainText("user.create");
  const mod = await staffPage(browser, "moderator");
  await mod.goto("/admin/audit");
  await expect(mod.getByRole("heading", { name: "Not available to your account" })).toBeVisible();
  await Promise.all([admin.context().close(), mod.context().close()]);
});

test("an admin creates a bloc, adds a sourced membership period and ends it; the public page follows; a moderator may not", async ({
  browser,
  page,
}) => {
  const admin = await adminPage(browser);
  const slug = `test-bloc-${Date.now()}`;
  await admin.goto("/admin/blocs");
  await admin.getByText("New bloc").click();
  const form = admin.locator("details").filter({ hasText: "New bloc" });
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Name").fill("Test coalition");
  await form.getByLabel("Description").fill("A coalition made by the end-to-end tests.");
  await form.getByRole("button", { name: "Create bloc" }).click();
  const item = admin.getByRole("list", { name: "Blocs" }).getByRole("listitem").filter({ hasText: slug }).first();
  await expect(item).toBeVisible();
  await item.getByText(slug).click();

  await item.getByLabel("Government").fill("XXX");
  await item.getByLabel("Joined on").fill("2020-03-01");
  await item.getByLabel("Source", { exact: true }).fill("https://example.org/joined");
  await item.getByRole("button", { name: "Add membership" }).click();
  await expect(item.getByLabel("Government")).toHaveAccessibleDescription(/No government has the code XXX/);
  await expect(item.getByLabel("Joined on")).toHaveValue("2020-03-01"); // nothing typed is lost
  await item.getByLabel("Government").fill("fra");
  await item.getByRole("button", { name: "Add membership" }).click();
  await expect(item.getByRole("list", { name: `Membership periods of ${slug}` })).toContainText(
    "France (FRA) · from 1 Mar 2020",
  );

  await page.goto(`/blocs/${slug}?at=2021-01-01`);
  await expect(
    page.getByRole("list", { name: "Members", exact: true }).getByRole("link", { name: "France" }),
  ).toBeVisible();

  await item.getByText("End France's membership").click();
  await item.getByLabel("Left on").fill("2020-02-01");
  await item.getByLabel("Source", { exact: true }).first().fill("https://example.org/left"); // the open period's form comes before the new one
  await item.getByRole("button", { name: "End membership" }).click();
  await expect(item.getByLabel("Left on")).toHaveAccessibleDescription(/after the day it joined/);
  await item.getByLabel("Left on").fill("2022-06-30");
  await item.getByRole("button", { name: "End membership" }).click();
  await expect(item.getByRole("list", { name: `Membership periods of ${slug}` })).toContainText("left on 30 Jun 2022");

  await page.goto(`/blocs/${slug}?at=2023-01-01`);
  await expect(page.getByRole("list", { name: "Former members" })).toContainText("France");
  await admin.context().close();

  const mod = await staffPage(browser, "moderator");
  await mod.goto("/admin/blocs");
  await expect(mod.getByRole("heading", { name: "Not available to your account" })).toBeVisible();
  await expect(mod.getByRole("button", { name: "Add membership" })).toHaveCount(0);
  await mod.context().close();
});
