import { expect, test } from "./fixtures";

// Search, as a reader uses it: words in, positions out, grouped, the matched words marked, each a link to its position.

test("a search for “cybercrime” finds the Convention's signatures, marks the word and leads to the position", async ({
  page,
}) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  // Before any words: what can be searched, with examples to start from.
  await page.getByRole("link", { name: "cybercrime", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=cybercrime$/);
  await expect(page.getByRole("status")).toContainText(/positions match “cybercrime”/);
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByText("Signed the UN Convention against", { exact: false }).first()).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(/cybercrime/i);

  // A government's name is searched too: Russia's positions, in Russia's section.
  await page.getByLabel("Search positions").fill("cybercrime Russia");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=cybercrime\+Russia/);
  await expect(results.getByRole("heading", { level: 2 })).toHaveText(["Russia"]);
  const russia = results.getByRole("region", { name: "Russia" });
  await expect(russia).toBeVisible();
  await russia.getByRole("link", { name: "A new UN cybercrime treaty" }).first().click();
  await expect(page).toHaveURL(/\/positions\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Russia");
});

test("a search groups by topic on request, filters by government, and explains a query with no word", async ({
  page,
}) => {
  await page.goto("/search?q=cybercrime&group=topic&government=BRA");
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("heading", { level: 2 })).toHaveText(["A new UN cybercrime treaty"]);
  await expect(results.getByRole("link", { name: "Brazil" }).first()).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent("?! …")}`);
  await expect(page.getByText("Nothing to search for in “?! …”")).toBeVisible();
  await page.getByLabel("Search positions").fill("zzzyyyxxx");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText("No published position matches “zzzyyyxxx”")).toBeVisible();
});

test("on a French page a result reads in French, with the English words the query matched marked beside it", async ({
  page,
}) => {
  await page.goto("/fr/search?q=cybercrime");
  const results = page.getByRole("region", { name: "Résultats de la recherche" });
  const first = results.getByRole("listitem").first();
  await expect(first).toContainText("Correspondance dans le résumé en anglais :");
  await expect(first.locator('[lang="en"] mark').first()).toHaveText(/cybercrime/i);
});
