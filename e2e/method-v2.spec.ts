import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";

// Method v2 as a reader meets it: rival UN votes read as one position per session, a date that
// is only an upper bound never shown as a change that day, a membership that ends, the poles of
// a topic beside its stances, an honest first sentence, and the seven rules on /methodology.

const NORMS = "Who makes the rules for states in cyberspace";
const MODEL = "The multistakeholder model of Internet governance";

test("moving the date across 16 Sep 2019 marks no Paris Call supporter as changed that day", async ({ page }) => {
  await page.goto("/matrix?at=2019-09-15&topics=cyber-norms-process");
  const albania = matrixCell(page, "Albania", NORMS);
  await expect(albania).toHaveAccessibleName(/^Leans multistakeholder \(voted 22 Dec 2018\)$/);
  await page.getByLabel("As of date").fill("2019-09-16");
  await expect(page).toHaveURL(/at=2019-09-16/);
  // Albania's support for the Paris Call is known only to be on or before that day: it entered the record, it did not change then.
  await expect(albania).toHaveAccessibleName(/^Leans multistakeholder \(endorsed by 16 Sept? 2019\)$/);
  await expect(page.getByText(/changed since/)).toHaveCount(0);
});

test("a rival pair is one position naming both votes, and the cell says what the topic's two ends mean", async ({ page }) => {
  await page.goto("/matrix?at=2019-01-01&topics=cyber-norms-process");
  await matrixCell(page, "Germany", NORMS).click();
  const germany = page.getByRole("dialog", { name: `Germany — ${NORMS}` });
  await expect(germany).toContainText("73/27");
  await expect(germany).toContainText("73/266");
  await expect(germany).toContainText(/multistakeholder means/i);
  await expect(germany).toContainText("voluntary norms built by governments together with industry");
  await expect(germany).toContainText(/intergovernmental means/i);
});

test("the United States' FOC position ends when it left: no recorded position after, and the cell says why", async ({ page }) => {
  await page.goto("/matrix?at=2026-03-01&topics=multistakeholder-model");
  const usa = matrixCell(page, "United States", MODEL);
  await expect(usa).toHaveAccessibleName("No recorded position");
  await usa.click();
  const detail = page.getByRole("dialog", { name: `United States — ${MODEL}` });
  await expect(detail).toContainText("Withdrew from the Freedom Online Coalition");
  await expect(detail).toContainText(/10 Feb 2026/);
});

test("the first sentence says what the record is made of and counts only moves within one kind of record", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const sentence = page.getByTestId("story-sentence");
  await expect(sentence).toContainText(/^[\d,]+ positions of \d+ governments, 2011–20\d\d: [\d,]+ votes, [\d,]+ endorsements, \d+ submissions, \d+ statements\./);
  await expect(sentence).toContainText(/lean intergovernmental/);
  await expect(sentence).toContainText(/by vote/);
  await expect(sentence).toContainText("between two records of the same kind");
  await expect(sentence).not.toContainText("changed stance");
});

test("the read API divides the 2018 rival pair as the method's README says", async ({ request }) => {
  const answer = await request.get("/api/v1/matrix?at=2018-12-30&topics=cyber-norms-process&evidence=vote");
  expect(answer.status()).toBe(200);
  const { rows } = (await answer.json()) as { rows: { cells: Record<string, { stance: string } | null> }[] };
  const stances = rows.map((r) => r.cells["cyber-norms-process"]?.stance);
  expect([stances.filter((s) => s === "leans_intergovernmental").length, stances.filter((s) => s === "leans_multistakeholder").length, stances.filter((s) => s === "mixed").length]).toEqual([24, 55, 79]);
});

test("/methodology lists the seven rules and every record file", async ({ page }) => {
  await page.goto("/methodology");
  const rules = page.getByRole("list", { name: "The seven rules" });
  await expect(rules.getByRole("listitem")).toHaveCount(7);
  await expect(rules).toContainText(/read together/i);
  const files = page.getByRole("table", { name: /Versioned CSV files/ });
  await expect(files.getByRole("row").filter({ hasText: "unga-rival-pair-2018.csv" })).toContainText("158");
  await expect(files.getByRole("row").filter({ hasText: "wcit-2012" })).toContainText(/Partial/i);
  await expect(files.getByRole("row", { name: /All files/ })).toContainText("1,135");
});

test("the Convention's adoption without a vote is an event that codes no government", async ({ page }) => {
  await page.goto("/events/un-cybercrime-convention-adoption-2024");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("without a vote");
  await expect(page.getByText("Adopted without a vote: codes no government.")).toBeVisible();
});
