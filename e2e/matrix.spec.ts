import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";

// The comparison matrix as a reader uses it, on the reference dataset (WTPF-13 and the public records).

const ROLE = "Role of governments in Internet governance";
const CWG = "Opening the ITU's CWG-Internet to all stakeholders";
const cell = (page: Page, government: string, topic: string) => matrixCell(page, government, topic);

test("as of 2013-05-17 the matrix shows the WTPF-13 positions", async ({ page }) => {
  await page.goto("/matrix?at=2013-05-17");
  const grid = page.getByRole("grid");
  await expect(grid.getByRole("columnheader", { name: ROLE })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: "Russia" })).toBeVisible();
  await expect(cell(page, "Russia", ROLE)).toHaveAccessibleName(/^Intergovernmental \(stated 16 May 2013\)$/);
  await expect(cell(page, "United States", CWG)).toHaveAccessibleName(/^Multistakeholder \(stated/);
  await expect(cell(page, "Sweden", CWG)).toHaveAccessibleName(/^Multistakeholder \(stated/);
  await expect(cell(page, "France", ROLE)).toHaveAccessibleName("No recorded position");
});

test("moving the date before WTPF-13 shows the earlier record, and the URL follows", async ({ page }) => {
  await page.goto("/matrix?at=2013-05-17");
  await page.getByLabel("As of date").fill("2013-05-13");
  await expect(cell(page, "Russia", ROLE)).toHaveAccessibleName(
    /^Intergovernmental \(tabled 12 Sept? 2011\) \(changed\)$/,
  ); // the 2011 SCO code, changed from the 2013 view
  await expect(cell(page, "Sweden", CWG)).toHaveAccessibleName("No recorded position (changed)"); // its WTPF-13 statement is later
  await expect(page).toHaveURL(/at=2013-05-13/);
  await page.getByRole("button", { name: "Next date" }).click(); // to WTPF-13's last day
  await expect(page).toHaveURL(/at=2013-05-16/);
  await expect(cell(page, "Russia", ROLE)).toHaveAccessibleName(
    /^Intergovernmental \(stated 16 May 2013\) \(changed\)$/,
  );
});

test("Brazil's two dated positions show a change over time", async ({ page }) => {
  await page.goto("/matrix?at=2013-05-14");
  await expect(cell(page, "Brazil", ROLE)).toHaveAccessibleName(/^Leans intergovernmental \(stated 14 May 2013/);
  await page.getByLabel("As of date").fill("2013-05-16");
  await expect(cell(page, "Brazil", ROLE)).toHaveAccessibleName(/^Mixed \(stated 16 May 2013\) \(changed\)$/);
  await cell(page, "Brazil", ROLE).click();
  const dialog = page.getByRole("dialog", { name: `Brazil — ${ROLE}` });
  const overTime = dialog.getByRole("heading", { name: "Over time" }).locator("xpath=following-sibling::ol[1]");
  await expect(overTime.getByRole("listitem")).toHaveCount(2);
  await expect(overTime.getByRole("listitem").first()).toContainText("Leans intergovernmental");
  await expect(overTime.getByRole("listitem").last()).toContainText("Mixed");
});

test("a cell opens its evidence: stance, date, event, summary, source and history", async ({ page }) => {
  await page.goto("/matrix?at=2013-05-17");
  await cell(page, "Russia", ROLE).click();
  const dialog = page.getByRole("dialog", { name: `Russia — ${ROLE}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Intergovernmental").first()).toBeVisible();
  await expect(dialog.getByText("World Telecommunication/ICT Policy Forum").first()).toBeVisible();
  await expect(dialog.getByText(/single intergovernmental body/)).toBeVisible();
  await expect(dialog.getByRole("link", { name: /cdt\.org/ })).toHaveAttribute(
    "href",
    "https://cdt.org/blogs/emma-llanso/1705wtpf-successful-outcome-many-questions-remain",
  );
  await expect(dialog.getByRole("heading", { name: "History (1 approved version)" })).toBeVisible();
  await expect(page).toHaveURL(/cell=RUS\.governments-role/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/cell=/);
});

test("the grid is keyboard-usable: arrows move, Enter opens, Escape closes", async ({ page }) => {
  await page.goto(
    "/matrix?at=2013-05-17&only=positions&topics=governments-role,multistakeholder-model&sort=score:governments-role",
  );
  await cell(page, "Brazil", ROLE).click();
  await expect(page.getByRole("dialog", { name: `Brazil — ${ROLE}` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(cell(page, "Brazil", ROLE)).toBeFocused(); // focus returns to the cell its detail came from
  await page.keyboard.press("ArrowDown"); // China
  await page.keyboard.press("ArrowDown"); // Russia
  await expect(cell(page, "Russia", ROLE)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "Russia", "The multistakeholder model of Internet governance")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: `Russia — ${ROLE}` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("the map tab colours one topic and opens a country's evidence", async ({ page }) => {
  await page.goto("/matrix?at=2013-05-17&topic=governments-role");
  await page.getByRole("tab", { name: "Map" }).click();
  await expect(page).toHaveURL(/tab=map/);
  const map = page.getByRole("group", { name: `World map: ${ROLE}` });
  const russia = map.getByRole("button", { name: "Russia: Intergovernmental" });
  await expect(russia).toBeVisible();
  await expect(map.getByRole("button", { name: "France: no recorded position" })).toBeVisible();
  await russia.focus();
  await expect(page.locator("figcaption")).toContainText("Russia: Intergovernmental"); // the caption names what has focus
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: `Russia — ${ROLE}` })).toBeVisible();
});

test("the chart tab counts governments at each stance over time", async ({ page }) => {
  await page.goto("/matrix?tab=chart&topic=cwg-internet-openness");
  const table = page.getByRole("table", { name: `${CWG}: governments by stance at each date` });
  await expect(table.getByRole("row", { name: /^WCIT-2012/ })).toContainText("0");
  const wtpf = table.getByRole("row", { name: /^WTPF-2013/ });
  await expect(wtpf.getByRole("cell").first()).toHaveText("2"); // multistakeholder: the US and Sweden
});

test("a shared URL reproduces a filtered, sorted view, and the controls show it", async ({ page }) => {
  await page.goto(
    "/matrix?at=2013-05-17&topics=governments-role,cwg-internet-openness&region=Europe&only=positions&sort=score:governments-role&compact=true",
  );
  await expect(page.getByRole("rowheader").getByRole("link")).toHaveText(["Russia", "Sweden"]);
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("Europe");
  await expect(page.getByLabel("With positions only")).toBeChecked();
  await expect(page.getByLabel("Sort by")).toHaveValue("score:governments-role");
  await page.getByLabel("Region", { exact: true }).selectOption("");
  const byStance = ["Brazil", "China", "Russia", "Tajikistan", "Uzbekistan", "Sweden", "United States"];
  await expect(page.getByRole("rowheader").getByRole("link")).toHaveText(byStance);
  await page.reload();
  await expect(page.getByRole("rowheader").getByRole("link")).toHaveText(byStance);
});

test("the CSV download is exactly the view on screen", async ({ page }) => {
  await page.goto("/matrix?at=2013-05-17&only=positions&topics=governments-role,cwg-internet-openness");
  const names = ["Brazil", "China", "Russia", "Sweden", "Tajikistan", "United States", "Uzbekistan"];
  await expect(page.getByRole("rowheader").getByRole("link")).toHaveText(names);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await (await downloading).path();
  const lines = fs.readFileSync(file, "utf8").trim().split("\n");
  expect(lines).toEqual([
    "iso3,name,governments-role,cwg-internet-openness",
    "BRA,Brazil,mixed,",
    "CHN,China,intergovernmental,",
    "RUS,Russia,intergovernmental,",
    "SWE,Sweden,,multistakeholder",
    "TJK,Tajikistan,intergovernmental,",
    "USA,United States,,multistakeholder",
    "UZB,Uzbekistan,intergovernmental,",
  ]);
  expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(names);
});

test("a topic page shows its poles, a governments × time heatmap and the chart", async ({ page }) => {
  await page.goto("/topics/governments-role");
  await expect(page).toHaveTitle(`${ROLE} · Stance Atlas`);
  await expect(page.getByRole("heading", { level: 1, name: ROLE })).toBeVisible();
  await expect(page.getByText("Multistakeholder pole")).toBeVisible();
  const heatmap = page.getByRole("table", { name: /governments with a recorded position/ });
  await expect(heatmap.getByRole("rowheader")).toHaveText([
    "Brazil",
    "China",
    "Kazakhstan",
    "Kyrgyzstan",
    "Russia",
    "Tajikistan",
    "Uzbekistan",
  ]);
  await expect(
    heatmap
      .getByRole("row", { name: /^Brazil/ })
      .getByRole("cell")
      .last(),
  ).toHaveText("Mixed"); // the symbol ± is drawn; the label is what is read
  await expect(page.getByRole("table", { name: `${ROLE}: governments by stance at each date` })).toBeAttached();
  const today = page.getByRole("list", { name: `${ROLE}: each government's newest position` });
  await expect(today.getByRole("listitem").filter({ hasText: "Kazakhstan" })).toContainText("Submission");
});

test("a government page shows its stance on each topic over time, with sources", async ({ page }) => {
  await page.goto("/governments/bra");
  await expect(page.getByRole("heading", { level: 1, name: "Brazil" })).toBeVisible();
  const timeline = page.getByRole("list", { name: `${ROLE}: positions over time` });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline).toContainText(/14 May 2013.*Leans intergovernmental.*16 May 2013.*Mixed/);
  // WTPF-13 twice, IBSA, WCIT-12, the two cybercrime votes and the Convention, and three rival pairs with both roll calls each.
  await expect(page.getByText("Source:")).toHaveCount(13);
  await expect(
    page.getByRole("region", { name: "Positions and sources" }).getByRole("link", { name: "Vote", exact: true }),
  ).toHaveCount(5);
});

test("a government's page says where a position ended when it left a coalition, with the source", async ({ page }) => {
  await page.goto("/governments/USA");
  const positions = page.getByRole("region", { name: "Positions and sources" });
  await expect(positions).toContainText(/Ended 10 Feb 2026:\s*Withdrew from the Freedom Online Coalition/);
  const timeline = page.getByRole("list", {
    name: "The multistakeholder model of Internet governance: positions over time",
  });
  await expect(timeline).toContainText(/9 Dec 2011.*Leans multistakeholder/);
  await page.goto("/governments/JPN");
  await expect(
    page.getByRole("list", { name: "The multistakeholder model of Internet governance: positions over time" }),
  ).toContainText(/^2014\s*ms/); // a year, never "31 Dec 2014"
  await page.goto("/governments/BRA");
  await expect(page.getByRole("region", { name: "Notes on the record" })).toContainText(
    "Brazil is not on our list for Freedom Online Coalition membership, which is partial",
  );
});

test("an unknown government or topic is a 404", async ({ page }) => {
  expect((await page.goto("/governments/XYZ"))?.status()).toBe(404);
  expect((await page.goto("/topics/no-such-topic"))?.status()).toBe(404);
});
