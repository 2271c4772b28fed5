import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";

// From a number to the record behind it: a rival pair's cell names both roll calls, and each record page
// sets its tally beside the official one.

const NORMS = "Who makes the rules for states in cyberspace";

test("a 2018 rival-pair cell leads to both roll calls, whose tallies read 119 / 46 / 14 and 138 / 12 / 16 against the official 139 / 11 / 16", async ({
  page,
}) => {
  await page.goto("/matrix?at=2019-01-01&topics=cyber-norms-process");
  await matrixCell(page, "Germany", NORMS).click();
  const cell = page.getByRole("dialog", { name: `Germany — ${NORMS}` });
  await expect(cell).toContainText("From the records:");
  await cell.getByRole("link", { name: /resolution 73\/27 / }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("73/27");
  const tally = page.getByRole("table", { name: "Tally as shipped and official" });
  await expect(tally.getByRole("row")).toHaveText([/Value\s*As shipped/, /yes\s*119/, /no\s*46/, /abstain\s*14/]);
  await expect(page.getByText("No source in the dataset gives an official tally")).toBeVisible();
  const rows = page.getByRole("table", { name: "Every row of the record and the position it became" });
  const germany = rows.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Germany" }) });
  await expect(germany).toContainText("no");
  await expect(germany.getByRole("link", { name: /Leans multistakeholder/ })).toBeVisible();

  await page.goBack();
  await page.goto("/records");
  await page.getByRole("link", { name: /resolution 73\/266 / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("73/266");
  await expect(tally.getByRole("row")).toHaveText([
    /Value\s*As shipped\s*Official/,
    /yes\s*138\s*139/,
    /no\s*12\s*11/,
    /abstain\s*16\s*16/,
  ]);
  await expect(page.getByRole("note")).toContainText("138 / 12 / 16 against 139 / 11 / 16");
  // Who voted on only one of the pair: no position, and why.
  await expect(rows).toContainText("No position: voted on only one of the two rival resolutions.");
});
