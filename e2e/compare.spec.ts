import fs from "node:fs";
import { STANCE_LABEL } from "@/db/enums";
import { type ApiMatrix } from "@/app/_components/read-api";
import { expect, test } from "./fixtures";

// Comparing governments side by side: the page, its picker and its downloads.

const COMPARED = { RUS: "Russia", USA: "United States", BRA: "Brazil", IND: "India" } as const;

test("Russia, the United States, Brazil and India as of 2019-12-28: stances as in the matrix, Russia–United States far apart", async ({
  page,
  request,
}) => {
  await page.goto("/compare?governments=RUS,USA,BRA,IND&at=2019-12-28");
  const matrix: ApiMatrix = await (await request.get("/api/v1/matrix?at=2019-12-28")).json();
  const topics: { slug: string; title: string }[] = await (await request.get("/api/v1/topics")).json();
  let checked = 0;
  for (const [iso3, name] of Object.entries(COMPARED)) {
    const row = matrix.rows.find((r) => r.iso3 === iso3);
    for (const topic of topics) {
      const cell = row?.cells[topic.slug];
      if (!cell) continue;
      const card = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: topic.title }) });
      await expect(
        card.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) }),
      ).toContainText(STANCE_LABEL[cell.stance]);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(10);
  const pair = page.getByRole("row", { name: /^Russia – United States/ });
  await expect(pair.getByRole("cell")).toHaveText(["4", "0%", "0.56"]);
  await expect(
    page
      .getByRole("row", { name: /^Russia – India/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText("25%");
  await expect(
    page.getByText(/Agreement between two governments counts only the topics where both have a position/),
  ).toBeVisible();
});

test("the picker adds by name or code, refuses what it cannot find, and removes; everything is in the URL", async ({
  page,
}) => {
  await page.goto("/compare");
  await expect(page.getByText("Add at least 2 governments to compare them.")).toBeVisible();
  const field = page.getByLabel("Government", { exact: true });
  await field.fill("Atlantis");
  await page.getByRole("button", { name: "Add government" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "No government is called “Atlantis”" })).toBeVisible();
  await field.fill("Russia");
  await field.press("Enter");
  await expect(page).toHaveURL(/governments=RUS$/);
  await field.fill("usa");
  await page.getByRole("button", { name: "Add government" }).click();
  await expect(page).toHaveURL(/governments=RUS,USA$/);
  await expect(page.getByRole("row", { name: /^Russia – United States/ })).toBeVisible();
  await field.fill("Russia");
  await page.getByRole("button", { name: "Add government" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Russia is already compared." })).toBeVisible();
  await page.getByRole("button", { name: "Remove Russia" }).click();
  await expect(page).toHaveURL(/governments=USA$/);
  await expect(page.getByRole("list", { name: "Governments compared" }).getByRole("listitem")).toHaveText([
    /United States/,
  ]);
});

test("the date moves the comparison, and an unknown code in a URL is named, not dropped silently", async ({ page }) => {
  await page.goto("/compare?governments=RUS,USA,XXZ");
  await expect(page.getByRole("status").filter({ hasText: "No government has the code XXZ" })).toBeVisible();
  await page.getByLabel("As of", { exact: true }).fill("2012-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/governments=RUS,USA&at=2012-01-01$/);
  await expect(page.getByRole("heading", { name: "Agreement as of 1 Jan 2012" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Russia – United States/ }).getByRole("cell")).toHaveText([
    "0",
    "no shared topics",
    "–",
  ]);
});

test("the CSV download is the comparison on screen", async ({ page }) => {
  await page.goto("/compare?governments=RUS,USA&at=2019-12-28");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const lines = fs
    .readFileSync(await (await downloading).path(), "utf8")
    .trim()
    .split("\n");
  expect(lines[0]).toBe("topic,title,RUS,USA");
  expect(lines).toContain("un-cybercrime-treaty,A new UN cybercrime treaty,intergovernmental,leans_multistakeholder");
});

test("a government's page lists the closest and furthest, each linking to the comparison", async ({
  page,
  request,
}) => {
  const agreement: { closest: { b: string; name: string }[]; furthest: { b: string; name: string }[] } = await (
    await request.get("/api/v1/governments/RUS/agreement")
  ).json();
  await page.goto("/governments/RUS");
  const section = page.getByRole("region", { name: "Closest and furthest" });
  await expect(section.getByRole("heading", { name: "Closest", exact: true })).toBeVisible();
  await expect(section.locator("ol").first().getByRole("link")).toHaveText(agreement.closest.map((p) => p.name));
  const furthest = section.locator("ol").nth(1).getByRole("link");
  await expect(furthest).toHaveText(agreement.furthest.map((p) => p.name));
  const [first] = agreement.furthest;
  await furthest.first().click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?governments=RUS,${first?.b}$`));
  await expect(page.getByRole("row", { name: new RegExp(`^Russia – ${first?.name}`) })).toBeVisible();
});

test("on a phone the comparison fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/compare?governments=RUS,USA,BRA,IND&at=2019-12-28");
  await expect(page.getByRole("row", { name: /^Russia – United States/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
