import { expect, test } from "./fixtures";

// Blocs: their pages, and the matrix's Bloc filter and bloc rows.

test("the EU as of 2019-12-28 includes the United Kingdom, and as of 2020-02-01 lists it as a former member", async ({
  page,
}) => {
  await page.goto("/blocs/eu?at=2019-12-28");
  const members = page.getByRole("list", { name: "Members", exact: true });
  await expect(page.getByRole("heading", { name: "Members on 28 Dec 2019 (28)" })).toBeVisible();
  await expect(members.getByRole("link", { name: "United Kingdom" })).toBeVisible();
  await page.getByLabel("As of", { exact: true }).fill("2020-02-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/blocs\/eu\?at=2020-02-01$/);
  await expect(page.getByRole("heading", { name: "Members on 1 Feb 2020 (27)" })).toBeVisible();
  await expect(members.getByRole("link", { name: "United Kingdom" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Former members" })).toContainText("left on 31 Jan 2020");
});

test("a bloc's page gives each member's source, its stances per topic and its cohesion; a partial list says so", async ({
  page,
}) => {
  await page.goto("/blocs/foc?at=2020-01-01");
  await expect(page.getByText("Partial list")).toBeVisible();
  const finland = page
    .getByRole("list", { name: "Members", exact: true })
    .getByRole("listitem")
    .filter({ hasText: "Finland" });
  await expect(finland.getByRole("link", { name: "2012" })).toHaveAttribute("href", /^https:\/\//);
  const row = page.getByRole("row", { name: /^The multistakeholder model of Internet governance/ });
  // 31 members on 1 Jan 2020: Switzerland, dated 2019 alone, counts from 31 Dec 2019.
  await expect(row).toContainText("31 of 31");
  await expect(row).toContainText("100%");
  await expect(row.getByText(/31 of 31 members have a recorded position: 31 leans multistakeholder/i)).toBeAttached();
});

test("the blocs index lists every bloc with today's member count; an unknown bloc is a 404", async ({ page }) => {
  await page.goto("/blocs");
  await expect(page.getByRole("list", { name: "Blocs" }).getByRole("link")).toHaveText([
    "BRICS",
    "European Union",
    "Freedom Online Coalition",
    "Parties to the Budapest Convention",
    "Shanghai Cooperation Organisation",
  ]);
  const response = await page.goto("/blocs/nato");
  expect(response?.status()).toBe(404);
});

test("the matrix's Bloc filter keeps the members of the date shown", async ({ page }) => {
  await page.goto("/matrix?at=2019-12-28&topics=un-cybercrime-treaty");
  await page.getByLabel("Bloc", { exact: true }).selectOption({ label: "European Union" });
  await expect(page).toHaveURL(/bloc=eu/);
  await expect(page.getByRole("rowheader")).toHaveCount(28);
  await expect(page.getByRole("rowheader").getByRole("link", { name: "United Kingdom" })).toBeVisible();
  await page.getByLabel("As of date").fill("2020-02-01");
  await expect(page.getByRole("rowheader")).toHaveCount(27);
  await expect(page.getByRole("rowheader").getByRole("link", { name: "United Kingdom" })).toHaveCount(0);
  // The address follows the view a moment later (it is written after the view changes): reload what it says then.
  await expect(page).toHaveURL(/at=2020-02-01/);
  await page.reload();
  await expect(page.getByLabel("Bloc", { exact: true })).toHaveValue("eu");
  await expect(page.getByRole("rowheader")).toHaveCount(27);
});

test("the matrix's bloc rows show each bloc's members by stance, with the counts for screen readers", async ({
  page,
}) => {
  await page.goto("/matrix?at=2019-12-28&topics=un-cybercrime-treaty");
  await page.getByRole("tab", { name: "Bloc rows" }).click();
  const brics = page.getByRole("row", { name: /^BRICS/ });
  await expect(brics).toContainText("5 members");
  await expect(
    brics.getByText(/^BRICS, A new UN cybercrime treaty: 5 of 5 members have a recorded position: .*intergovernmental/),
  ).toBeAttached();
});
