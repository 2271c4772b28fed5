import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";
import { fillProposal, freshDate } from "./proposal-form";
import { IXPS, publishAsModerator } from "./publish";
import { account } from "./accounts";
import { signedInPage, staffPage } from "./session";
import { STAFF } from "./staff";

// Trusted contributors and patrol; readers' flags and contested cells.

test("an admin trusts a contributor: their edit is in the matrix at once and in the Patrol tab, where a moderator marks it patrolled", async ({
  browser,
  page,
}) => {
  const { email, name } = account("trusted");
  const admin = await staffPage(browser, "admin");
  await admin.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await admin.getByRole("button", { name: `Trust ${name}` }).click();
  await expect(admin.getByRole("button", { name: `Stop trusting ${name}` })).toBeVisible();

  const contributor = await signedInPage(browser, email);
  const date = freshDate();
  await contributor.goto("/contribute");
  await fillProposal(contributor, {
    government: "Fiji",
    topic: IXPS,
    stance: "intergovernmental",
    date,
    summary: "Fiji said its exchange point should be run by the regulator.",
    source: "https://example.org/fiji",
  });
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor.getByRole("heading", { name: "Published" })).toBeVisible();
  await expect(contributor.getByRole("status")).toContainText("A moderator will patrol it");

  await page.goto(`/matrix?at=${date}&topics=ixps&q=Fiji`);
  await expect(matrixCell(page, "Fiji", IXPS)).toContainText("Intergovernmental");

  // Only moderators patrol.
  await contributor.goto("/moderation/patrol");
  await expect(contributor.getByRole("heading", { name: "Not available to your account" })).toBeVisible();

  const mod = await staffPage(browser, "moderator");
  await mod.goto("/moderation");
  await mod.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name: "Patrol" }).click();
  await expect(mod).toHaveURL(/\/moderation\/patrol$/);
  const card = mod.getByRole("article").filter({ hasText: name }).filter({ hasText: "Fiji" });
  await expect(card).toContainText("New position published by");
  await card.getByRole("button", { name: "Mark patrolled" }).click();
  await expect(card).toHaveCount(0);

  await page.goto("/log?action=patrolled");
  await expect(
    page.getByRole("list", { name: "Decisions" }).getByRole("listitem").filter({ hasText: "Fiji" }).first(),
  ).toContainText(`by ${STAFF.moderator.name}`);
  for (const p of [admin, contributor, mod]) await p.context().close();
});

test("a reader flags a position; a moderator contests it from the flag queue: the cell is hatched, filterable and explained; clearing it undoes that", async ({
  browser,
  page,
  request,
}) => {
  const mod = await staffPage(browser, "moderator");
  const date = freshDate();
  const positionId = await publishAsModerator(
    mod,
    "Namibia",
    date,
    "Namibia asked for its exchange point to be open to all networks.",
  );
  const flagger = account("flagger");
  const reader = await signedInPage(browser, flagger.email);
  await reader.goto(`/positions/${positionId}`);
  await reader.getByRole("link", { name: "Flag", exact: true }).click();
  await reader.getByRole("button", { name: "Send flag" }).click();
  await expect(reader.getByRole("main").getByRole("alert")).toContainText("Say what may be wrong");
  await expect(reader.getByLabel("What may be wrong?")).toHaveAttribute("aria-invalid", "true");
  const reason = "The cited speech was by a civil society delegate, not the government.";
  await reader.getByLabel("What may be wrong?").fill(reason);
  await reader.getByRole("button", { name: "Send flag" }).click();
  await expect(reader.getByRole("heading", { name: "Flag sent" })).toBeVisible();

  await mod.goto("/moderation/flags");
  const card = mod.getByRole("article").filter({ hasText: reason });
  await expect(card).toContainText(`Flagged by ${flagger.name}`);
  await card.getByLabel("Mark the position contested").check();
  const note = "Sources disagree on who spoke for Namibia at this meeting.";
  await card.getByLabel("Note", { exact: true }).fill(note);
  await card.getByRole("button", { name: "Resolve" }).click();
  await expect(card).toHaveCount(0);

  await page.goto(`/matrix?at=${date}&topics=ixps&contested=true`);
  await expect(page.getByRole("grid").locator("tbody tr")).toHaveCount(1);
  const cell = matrixCell(page, "Namibia", IXPS);
  await expect(cell).toHaveClass(/\bct\b/);
  await expect(cell).toContainText("contested");
  await expect(page.getByLabel("Contested only")).toBeChecked();
  await cell.click();
  await expect(page.getByRole("dialog").getByRole("note")).toContainText(note);
  await page.keyboard.press("Escape");
  await page.getByRole("tab", { name: "Map" }).click();
  await expect(page.locator('path[fill="url(#contested)"]')).toHaveCount(1);

  const api = await (await request.get(`/api/v1/matrix?at=${date}&topics=ixps&contested=true`)).json();
  expect(api.rows.map((r: { iso3: string }) => r.iso3)).toEqual(["NAM"]);
  expect(api.rows[0].cells.ixps).toMatchObject({ positionId, contested: true, contestedNote: note });
  await reader.goto("/me");
  await expect(reader.getByRole("region", { name: "Your flags" })).toContainText(`Marked contested`);
  await expect(reader.getByRole("region", { name: "Your flags" })).toContainText(note);

  await mod.goto(`/positions/${positionId}`);
  await expect(mod.getByRole("note")).toContainText(note);
  await mod.getByRole("button", { name: "Clear contested" }).click();
  await mod.getByLabel("Reason").fill("The meeting record names Namibia's delegate.");
  await mod.getByRole("button", { name: "Clear contested" }).click();
  await expect(mod.getByRole("button", { name: "Mark contested" })).toBeVisible();
  await expect(async () => {
    await page.goto(`/matrix?at=${date}&topics=ixps&contested=true`); // cached above: dropped when the change is announced
    await expect(page.getByRole("grid").locator("tbody tr")).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
  for (const p of [mod, reader]) await p.context().close();
});

test("an admin links a representative; its reply appears beside its government's position, and cannot be posted on another government's", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000); // four signed-in browsers and three cached pages: ~50 s on a busy two-core machine
  const mod = await staffPage(browser, "moderator");
  const date = freshDate();
  const own = await publishAsModerator(
    mod,
    "Armenia",
    date,
    "Armenia said exchange points should be licensed by the state.",
  );
  const other = await publishAsModerator(mod, "Azerbaijan", date, "Azerbaijan called for a national exchange point.");
  const { email } = account("representative");

  const admin = await staffPage(browser, "admin");
  await admin.goto("/admin/representatives");
  await admin.getByLabel("Account email").fill(email);
  await admin.getByLabel("Government").selectOption({ label: "Armenia" });
  await admin.getByRole("button", { name: "Link as representative" }).click();
  await expect(admin.getByRole("main").getByRole("alert")).toContainText("Say how you verified");
  await admin
    .getByLabel("How it was verified")
    .fill("A letter from the ministry's official address, confirmed by phone.");
  await admin.getByRole("button", { name: "Link as representative" }).click();
  await expect(admin.getByRole("row").filter({ hasText: email })).toContainText("Armenia");

  const rep = await signedInPage(browser, email);
  await rep.goto(`/positions/${other}`);
  await expect(
    rep.getByRole("heading", { name: "Azerbaijan on “Internet Exchange Points in developing countries”" }),
  ).toBeVisible();
  await expect(rep.getByRole("button", { name: "Post reply" })).toHaveCount(0);
  const refused = await rep.request.post("/api/trpc/replies.post", {
    headers: { origin: new URL(rep.url()).origin },
    data: { positionId: other, body: "Speaking for Azerbaijan." },
  });
  expect(refused.status()).toBe(403);

  await rep.goto(`/positions/${own}`);
  const body = `Armenia's 2019 law lets any network join the exchange point on equal terms (${Date.now()}).`;
  await rep.getByLabel("Reply", { exact: true }).fill(body);
  await rep.getByLabel("Source URL (optional)").fill("https://example.org/armenia-law");
  await rep.getByRole("button", { name: "Post reply" }).click();
  await expect(rep.getByRole("complementary", { name: "Reply from the government of Armenia" })).toContainText(body);

  // Readers see it labelled as the government's reply: on the position page, the government page and in the cell detail.
  await page.goto(`/positions/${own}`);
  await expect(page.getByRole("complementary", { name: "Reply from the government of Armenia" })).toContainText(body);
  await page.goto("/governments/ARM");
  await expect(
    page.getByRole("complementary", { name: "Reply from the government of Armenia" }).filter({ hasText: body }),
  ).toBeVisible();
  await page.goto(`/matrix?at=${date}&topics=ixps&cell=ARM.ixps`);
  await expect(
    page.getByRole("dialog").getByRole("complementary", { name: "Reply from the government of Armenia" }),
  ).toContainText(body);

  // A moderator hides it for abuse only, with a reason readers see in its place.
  await mod.goto(`/positions/${own}`);
  const reply = mod.getByRole("complementary", { name: "Reply from the government of Armenia" });
  await reply.getByRole("button", { name: "Hide reply" }).click();
  await reply.getByLabel("Reason").fill("Testing the abuse path: hidden on purpose.");
  await reply.getByRole("button", { name: "Hide reply" }).click();
  await expect(reply).toContainText("Hidden by");
  // The cached page is dropped when the database announces the change, a moment after it commits.
  await expect(async () => {
    await page.goto(`/positions/${own}`);
    await expect(page.getByRole("complementary", { name: "Reply from the government of Armenia" })).toContainText(
      "Hidden by",
      { timeout: 1_000 },
    );
  }).toPass();
  await expect(page.getByRole("complementary", { name: "Reply from the government of Armenia" })).not.toContainText(
    body,
  );
  for (const p of [mod, admin, rep]) await p.context().close();
});
