import { expect, test } from "./fixtures";
import { fillProposal, freshDate } from "./proposal-form";
import { IXPS } from "./publish";
import { account } from "./accounts";
import { signedInPage, staffPage } from "./session";
import { STAFF } from "./staff";

// The public moderation log: every decision, with its reason, for anyone to read and follow.

test("/log shows a rejection with its reason and the moderator's name, filterable, and in its Atom feed", async ({
  browser,
  page,
  request,
}) => {
  const mod = await staffPage(browser, "moderator");
  const logged = account("logged");
  const contributor = await signedInPage(browser, logged.email);
  await contributor.goto("/contribute");
  await fillProposal(contributor, {
    government: "Bhutan",
    topic: IXPS,
    stance: "mixed",
    date: freshDate(),
    summary: "Bhutan described its exchange point as a national facility.",
    source: "https://example.org/bhutan",
  });
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor.getByRole("heading", { name: "Submitted for review" })).toBeVisible();

  await mod.goto("/moderation?government=BTN");
  const card = mod.getByRole("article").filter({ hasText: logged.name });
  await card.getByRole("button", { name: "Reject" }).click();
  const reason = "The source is a blog post, not the government's statement.";
  await card.getByLabel("Reason").fill(reason);
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card).toHaveCount(0);

  await page.goto("/log?action=rejected&government=BTN");
  const entry = page.getByRole("list", { name: "Decisions" }).getByRole("listitem").first();
  await expect(entry).toContainText("Rejected");
  await expect(entry).toContainText("Bhutan · Internet Exchange Points in developing countries");
  await expect(entry).toContainText(`Reason: ${reason}`);
  await expect(entry).toContainText(`by ${STAFF.moderator.name}`);
  await expect(entry).not.toContainText(logged.name); // the log names moderators, not contributors
  await expect(page.locator("main")).not.toContainText("@"); // no email anywhere
  await page.goto("/log?action=approved&government=BTN");
  await expect(page.getByText("No moderation decision matches.")).toBeVisible();

  const feed = await request.get("/log.atom?action=rejected");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("Reason: The source is a blog post, not the government"); // the apostrophe is escaped in the XML
  expect((await request.get("/log.atom?action=deleted")).status()).toBe(400);
  await mod.context().close();
  await contributor.context().close();
});
