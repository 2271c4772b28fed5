import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";
import { fillProposal, freshDate } from "./proposal-form";
import { IXPS, publishAsModerator } from "./publish";
import { account, type ContributorLabel } from "./accounts";
import { signedInPage, staffPage } from "./session";
import { STAFF } from "./staff";

// Moderators review, reject, revert; a stale edit is caught; contributors stay out.

const moderatorPage = (browser: Browser) => staffPage(browser, "moderator");
const contributorPage = (browser: Browser, label: ContributorLabel) => signedInPage(browser, account(label).email);

async function proposeEdit(page: Page, positionId: number, change: { stance?: string; summary?: string }) {
  await page.goto(`/positions/${positionId}`);
  await page.getByRole("link", { name: "Propose an edit" }).click();
  await expect(page.getByRole("heading", { name: "Propose an edit" })).toBeVisible();
  await fillProposal(page, change);
  await page.getByRole("button", { name: "Submit for review" }).click();
}

const cellStance = async (page: Page, iso3: string, date: string) =>
  (await (await page.request.get(`/api/v1/matrix?at=${date}&topics=ixps`)).json()).rows.find(
    (r: { iso3: string }) => r.iso3 === iso3,
  ).cells.ixps?.stance ?? null;

test("an edit is reviewed with its diff, approved into the matrix, then reverted; the history keeps all three", async ({
  browser,
}) => {
  const date = freshDate();
  const mod = await moderatorPage(browser);
  const id = await publishAsModerator(mod, "Ghana", date, "Ghana described its exchange point as a shared facility.");
  const { name } = account("mod-approved");
  const contributor = await contributorPage(browser, "mod-approved");
  await proposeEdit(contributor, id, {
    stance: "leans_multistakeholder",
    summary: "Ghana described its exchange point as a community-run shared facility.",
  });
  await expect(contributor.getByRole("heading", { name: "Submitted for review" })).toBeVisible();
  expect(await cellStance(mod, "GHA", date)).toBe("mixed");

  await mod.goto("/moderation?government=GHA");
  const card = mod.getByRole("article").filter({ hasText: name }).filter({ hasText: "Ghana" });
  await expect(card).toContainText(`Edit by ${name}`);
  await expect(card.getByText("from Mixed to Leans multistakeholder")).toBeAttached();
  await expect(card.locator("ins")).toContainText("community-run");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(card).toHaveCount(0);
  expect(await cellStance(mod, "GHA", date)).toBe("leans_multistakeholder");
  await mod.goto(`/matrix?at=${date}&topics=ixps&q=Ghana`);
  await expect(matrixCell(mod, "Ghana", IXPS)).toHaveAccessibleName(/^Leans multistakeholder \(stated /);

  await mod.goto(`/positions/${id}`);
  const first = mod.getByRole("article").filter({ hasText: "First version" });
  await first.getByRole("button", { name: "Revert to this version" }).click();
  await first.getByLabel("Reason").fill("The source does not say community-run.");
  await first.getByRole("button", { name: "Revert", exact: true }).click();
  const history = mod.getByRole("region", { name: "History" }).getByRole("article");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("Revert to revision");
  await expect(history.first()).toContainText("The source does not say community-run.");
  expect(await cellStance(mod, "GHA", date)).toBe("mixed");
  // Recent changes lists the approval and the revert, and so does its Atom feed.
  await contributor.goto("/changes?government=GHA");
  await expect(contributor.getByRole("list", { name: "Changes" }).getByRole("listitem").first()).toContainText(
    "Revert",
  );
  const atom = await contributor.request.get("/changes.atom?government=GHA");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect(await atom.text()).toContain("Edit: Ghana on Internet Exchange Points in developing countries");
  // Readers see the same three versions.
  await contributor.goto(`/positions/${id}`);
  await expect(contributor.getByRole("region", { name: "History" }).getByRole("article")).toHaveCount(3);
  await Promise.all([mod.context().close(), contributor.context().close()]);
});

test("a rejected proposal shows its reason to the author in /me", async ({ browser }) => {
  const date = freshDate();
  const { name } = account("mod-rejected");
  const contributor = await contributorPage(browser, "mod-rejected");
  await contributor.goto("/contribute");
  await fillProposal(contributor, {
    government: "Togo",
    topic: IXPS,
    stance: "intergovernmental",
    date,
    summary: "Togo said its exchange point should be run by the state.",
    source: "https://example.org/togo",
  });
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor.getByRole("heading", { name: "Submitted for review" })).toBeVisible();

  const mod = await moderatorPage(browser);
  await mod.goto("/moderation?government=TGO");
  const card = mod.getByRole("article").filter({ hasText: name });
  await expect(card).toContainText(`New position by ${name}`);
  await card.getByRole("button", { name: "Reject" }).click();
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card.getByLabel("Reason")).toHaveAccessibleDescription(/Give a reason; the author sees it\./);
  await card.getByLabel("Reason").fill("The source is about Benin, not Togo.");
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card).toHaveCount(0);

  await contributor.goto("/me");
  const item = contributor
    .getByRole("list", { name: "Your contributions" })
    .getByRole("listitem")
    .filter({ hasText: "Togo" });
  await expect(item).toContainText("Rejected");
  await expect(item).toContainText(`Rejected by ${STAFF.moderator.name}: The source is about Benin, not Togo.`);
  expect(await cellStance(mod, "TGO", date)).toBeNull();
  await Promise.all([mod.context().close(), contributor.context().close()]);
});

test("an edit whose base changed meanwhile shows the conflict and keeps the contributor's text", async ({
  browser,
}) => {
  const date = freshDate();
  const mod = await moderatorPage(browser);
  const id = await publishAsModerator(
    mod,
    "Senegal",
    date,
    "Senegal described its exchange point as a public service.",
  );
  const contributor = await contributorPage(browser, "mod-stale");
  await contributor.goto(`/contribute?position=${id}`);
  const mine = "Senegal described its exchange point as a public service run with operators.";
  await fillProposal(contributor, { summary: mine });

  // Meanwhile the moderator publishes an edit of their own.
  await proposeEdit(mod, id, { stance: "leans_intergovernmental" });
  await expect(mod.getByRole("heading", { name: "Published" })).toBeVisible();

  await contributor.getByRole("button", { name: "Submit for review" }).click();
  const conflict = contributor.getByRole("region", { name: "This position changed while you were editing" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Stance/ })).toContainText("Leans intergovernmental");
  await expect(contributor.getByLabel("Summary")).toHaveValue(mine);
  await conflict.getByRole("button", { name: /base my edit on the approved version/ }).click();
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor.getByRole("heading", { name: "Submitted for review" })).toBeVisible();
  await Promise.all([mod.context().close(), contributor.context().close()]);
});

test("a contributor cannot open /moderation", async ({ browser }) => {
  const contributor = await contributorPage(browser, "mod-nosy");
  await contributor.goto("/moderation");
  await expect(contributor.getByRole("heading", { name: "Not available to your account" })).toBeVisible();
  await expect(contributor.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await contributor.context().close();
});
