import { expect, test } from "./fixtures";

// Camps and swing states as a reader meets them: who sits where on a date, and who moved between two.

test("camps at 2019-12-28 put Russia and China in the intergovernmental camp and the United States in the multistakeholder camp", async ({
  page,
}) => {
  await page.goto("/camps?at=2019-12-28&from=2018-12-01&to=2021-01-01");
  await expect(page.getByRole("heading", { level: 1, name: "Camps and swing states" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(/As of 28 Dec 2019: \d+ in the multistakeholder camp/);
  const table = page.getByRole("table", { name: "Governments by camp, most multistakeholder first" });
  const row = (name: string) =>
    table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row("Russia")).toContainText("Intergovernmental");
  await expect(row("China")).toContainText("Intergovernmental");
  await expect(row("United States")).toContainText("Multistakeholder");
  // The chart has its counts as a table for screen readers.
  await expect(page.getByRole("img", { name: /Strip chart/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Governments per camp, year by year" })).toBeAttached();

  const moved = page.getByRole("list", { name: "Who moved" });
  await expect(moved.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "The rule and what it is not" })).toHaveAttribute(
    "href",
    "/methodology#camps",
  );
});

test("camps narrow to a bloc, and a date with no placed government says so", async ({ page }) => {
  await page.goto("/camps?at=2019-12-28&bloc=sco");
  const table = page.getByRole("table", { name: "Governments by camp, most multistakeholder first" });
  await expect(table.getByRole("rowheader", { name: "Russia", exact: true })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "United States", exact: true })).toHaveCount(0);
  // A bloc the site does not have is left out, as any value the page cannot read: all governments, no error.
  await page.goto("/camps?at=2019-12-28&bloc=no-such-bloc");
  await expect(table.getByRole("rowheader", { name: "United States", exact: true })).toBeVisible();
  await page.goto("/camps?at=2005-01-01");
  await expect(page.getByText("No government is on record on 2 topics or more as of 1 Jan 2005.")).toBeVisible();
});

test("a government's page gives its camp in one line, with its path year by year", async ({ page }) => {
  await page.goto("/governments/RUS");
  await expect(
    page.getByText(/^Intergovernmental camp as of today: mean score \+?\d\.\d\d over \d+ topics\.$/),
  ).toBeVisible();
  await expect(page.getByText(/^Camp year by year: 20\d\d /)).toBeVisible();
  await page.getByRole("link", { name: "All camps" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Camps and swing states" })).toBeVisible();
});

test("the compare page puts the governments compared on the same axis, with their camps", async ({ page }) => {
  await page.goto("/compare?governments=RUS,USA&at=2019-12-28");
  const axis = page.getByRole("region", { name: "On the camps' axis, as of 28 Dec 2019" });
  await expect(axis.getByRole("listitem").filter({ hasText: "Russia" })).toContainText(
    /Intergovernmental camp: mean score \+\d\.\d\d over \d+ topics/,
  );
  await expect(axis.getByRole("listitem").filter({ hasText: "United States" })).toContainText(
    /Multistakeholder camp: mean score −?-?\d\.\d\d over \d+ topics/,
  );
});
