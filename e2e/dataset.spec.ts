import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";

// The reference dataset as a reader meets it: the UN cybercrime vote in the matrix, the
// evidence behind each cell, the map, the evidence filter, and the published method.

const TREATY = "A new UN cybercrime treaty";
const cell = (page: Page, government: string) => matrixCell(page, government, TREATY);

test("at 28 Dec 2019 Russia is intergovernmental and the United States leans multistakeholder, each with its evidence", async ({
  page,
}) => {
  await page.goto("/matrix?at=2019-12-28&topics=un-cybercrime-treaty");
  await expect(cell(page, "Russia")).toHaveAccessibleName(/^Intergovernmental \(tabled 27 Dec 2019\)$/);
  await expect(cell(page, "United States")).toHaveAccessibleName(/^Leans multistakeholder \(voted 27 Dec 2019\)$/);

  await cell(page, "Russia").click();
  const russia = page.getByRole("dialog", { name: `Russia — ${TREATY}` });
  await expect(russia.getByRole("link", { name: "Submission", exact: true }).first()).toBeVisible();
  await expect(russia).toContainText("An original sponsor of the draft resolution (A/C.3/74/L.11");
  await expect(russia.getByRole("link", { name: /documentcloud\.org/ })).toBeVisible();
  await expect(russia.getByRole("link", { name: "How positions are coded" })).toHaveAttribute("href", "/methodology");
  await page.keyboard.press("Escape");

  await cell(page, "United States").click();
  const usa = page.getByRole("dialog", { name: `United States — ${TREATY}` });
  await expect(usa.getByRole("link", { name: "Vote", exact: true }).first()).toBeVisible();
  await expect(usa).toContainText("Voted no on UN General Assembly resolution 74/247");
});

test("the evidence filter keeps only the chosen kinds, in the URL too", async ({ page }) => {
  await page.goto("/matrix?at=2019-12-28&topics=un-cybercrime-treaty");
  await page.getByLabel("Evidence").selectOption({ label: "Votes only" });
  await expect(page).toHaveURL(/evidence=vote/);
  // A sponsor of 74/247: that evidence is its submission, so its vote on 73/187 the year before shows.
  await expect(cell(page, "Russia")).toHaveAccessibleName(/^Leans intergovernmental \(voted 17 Dec 2018\)$/);
  await expect(cell(page, "United States")).toHaveAccessibleName(/ \(voted [^)]+\)$/);
  await page.reload();
  await expect(page.getByLabel("Evidence")).toHaveValue("vote");
  await expect(cell(page, "Russia")).toHaveAccessibleName(/^Leans intergovernmental \(voted 17 Dec 2018\)$/);
});

test("the map of the cybercrime treaty is mostly coloured", async ({ page }) => {
  await page.goto("/matrix?at=2019-12-28&topics=un-cybercrime-treaty&tab=map");
  const map = page.getByRole("group", { name: `World map: ${TREATY}` });
  await expect(map.getByRole("button", { name: "Russia: Intergovernmental" })).toBeVisible();
  const names = await map
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? ""));
  const coloured = names.filter((name) => !name.endsWith("no recorded position"));
  expect(coloured.length).toBeGreaterThanOrEqual(150);
  expect(coloured.length / names.length).toBeGreaterThan(0.75);
});

test("/methodology renders the seven rules, each record set's coding table, the dataset's files and what is on record since", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
  const rules = page.getByRole("list", { name: "The seven rules" }).getByRole("listitem");
  await expect(rules).toHaveCount(7);
  await expect(rules.nth(1)).toContainText("Rival resolutions are read together");
  const coding = page.getByRole("table", {
    name: /^UN General Assembly resolution 74\/247 .*: how each value becomes a position$/,
  });
  const vote = coding.getByRole("row").filter({ hasText: "yes, original sponsor" });
  await expect(vote).toContainText("Intergovernmental");
  await expect(vote).toContainText("Submission");
  const foc = page.getByRole("article", { name: "Freedom Online Coalition membership" });
  await expect(foc).toContainText("Partial");
  await expect(foc.getByRole("link", { name: "rule 5" })).toHaveAttribute("href", "#rule-5");
  const files = page.getByRole("table", { name: /Versioned CSV files/ });
  await expect(files.getByRole("row").filter({ hasText: "unga-74-247-cybercrime-2019.csv" })).toContainText("172");
  await expect(files.getByRole("row").filter({ hasText: "foc-members.csv" })).toContainText("Partial");
  await expect(files.getByRole("row").filter({ hasText: "unga-rival-pair-2018.csv" })).toContainText("158");
  await expect(files.getByRole("row").filter({ hasText: "wcit-2012-final-acts.csv" })).toContainText("Partial");
  await expect(files.getByRole("row", { name: /All files/ })).toContainText("1,135");
  await expect(page.getByRole("region", { name: "What is not coded" })).toContainText(
    "leaving a coalition ends the position",
  );
  const since = page.getByRole("region", { name: "Since our newest record" });
  await expect(
    since.getByRole("listitem").filter({ hasText: "Adoption of the UN Convention against Cybercrime" }),
  ).toContainText(/adopted without a vote: codes no government/i);
});
