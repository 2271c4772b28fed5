import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";
import { staffPage } from "./session";

// Method v2 as a reader meets it: rival UN votes read as one position per session, a date that
// is only an upper bound never shown as a change that day, a membership that ends, the poles of
// a topic beside its stances, an honest first sentence, and an event that codes nobody (the seven rules on /methodology: dataset.spec.ts).

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

test("a rival pair is one position naming both votes, and the cell says what the topic's two ends mean", async ({
  page,
}) => {
  await page.goto("/matrix?at=2019-01-01&topics=cyber-norms-process");
  await matrixCell(page, "Germany", NORMS).click();
  const germany = page.getByRole("dialog", { name: `Germany — ${NORMS}` });
  await expect(germany).toContainText("73/27");
  await expect(germany).toContainText("73/266");
  await expect(germany).toContainText(/multistakeholder means/i);
  await expect(germany).toContainText("voluntary norms built by governments together with industry");
  await expect(germany).toContainText(/intergovernmental means/i);
});

test("the United States' FOC position ends when it left: no recorded position after, and the cell says why", async ({
  page,
}) => {
  await page.goto("/matrix?at=2026-03-01&topics=multistakeholder-model");
  const usa = matrixCell(page, "United States", MODEL);
  await expect(usa).toHaveAccessibleName("No recorded position");
  await usa.click();
  const detail = page.getByRole("dialog", { name: `United States — ${MODEL}` });
  await expect(detail).toContainText("Withdrew from the Freedom Online Coalition");
  await expect(detail).toContainText(/10 Feb 2026/);
});

test("the first sentence says what the record is made of and counts only moves within one kind of record", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const sentence = page.getByTestId("story-sentence");
  await expect(sentence).toContainText(
    /^[\d,]+ positions of \d+ governments, 2011–20\d\d: [\d,]+ votes, [\d,]+ endorsements, \d+ submissions,? and \d+ statements\./,
  );
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
  expect([
    stances.filter((s) => s === "leans_intergovernmental").length,
    stances.filter((s) => s === "leans_multistakeholder").length,
    stances.filter((s) => s === "mixed").length,
  ]).toEqual([24, 55, 79]);
});

test("the Convention's adoption without a vote is an event that codes no government", async ({ page }) => {
  await page.goto("/events/un-cybercrime-convention-adoption-2024");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("without a vote");
  await expect(page.getByText("Adopted without a vote: codes no government.")).toBeVisible();
});

test("a moderator records, through the form, that a position ended: an error first, then the cell falls back and the API says why", async ({
  browser,
}) => {
  const mod = await staffPage(browser, "moderator");
  const date = freshDate();
  const ended = new Date(Date.parse(`${date}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  const before = new Date(Date.parse(`${ended}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const id = await publishAsModerator(
    mod,
    "Mauritius",
    date,
    "Mauritius joined a regional exchange-point programme, in a test of positions that end.",
  );
  await mod.goto(`/contribute?position=${id}`);
  await mod.getByLabel("Ended on").fill(ended);
  await mod.getByRole("button", { name: "Submit for review" }).click();
  // Half an end is refused, next to each missing field, and nothing typed is lost.
  await expect(mod.getByLabel("What ended it")).toHaveAttribute("aria-invalid", "true");
  await expect(mod.getByLabel("End source URL")).toHaveAccessibleDescription(
    /Give the source that says the position ended\./,
  );
  await expect(
    mod.getByRole("alert").filter({ hasText: "Give the source that says the position ended." }),
  ).toBeVisible();
  await expect(mod.getByLabel("Ended on")).toHaveValue(ended);
  await mod.getByLabel("What ended it").fill("Left the regional exchange-point programme");
  await mod.getByLabel("End source URL").fill("https://example.org/left-the-programme");
  await mod.getByRole("button", { name: "Submit for review" }).click();
  await expect(mod.getByRole("heading", { name: "Published" })).toBeVisible();
  const position = (
    (await (await mod.request.get("/api/v1/positions?government=MUS&topic=ixps")).json()) as {
      id: number;
      end: unknown;
    }[]
  ).find((p) => p.id === id);
  expect(position).toMatchObject({
    id,
    end: {
      on: ended,
      note: "Left the regional exchange-point programme",
      source: "https://example.org/left-the-programme",
    },
  });
  const shownOn = async (at: string) => {
    const matrix = (await (await mod.request.get(`/api/v1/matrix?at=${at}&topics=ixps`)).json()) as {
      rows: { iso3: string; cells: { ixps: { positionId: number } | null } }[];
    };
    return matrix.rows.find((r) => r.iso3 === "MUS")?.cells.ixps?.positionId ?? null;
  };
  expect(await shownOn(before)).toBe(id);
  expect(await shownOn(ended)).not.toBe(id);
  const history = (await (await mod.request.get(`/api/v1/positions/${id}/history`)).json()) as { end: unknown }[];
  expect(history.map((h) => h.end)).toEqual([null, expect.objectContaining({ on: ended })]);
  await mod.context().close();
});
