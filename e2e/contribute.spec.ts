import { expect, test } from "./fixtures";
import { matrixCell } from "./matrix-cell";
import { fillProposal } from "./proposal-form";
import { account } from "./accounts";
import { PASSWORD, signIn } from "./session";

// Contributing positions: the form, its checks, and that nothing is public before review.

const IXPS = "Internet Exchange Points in developing countries";
const ROLE = "Role of governments in Internet governance";

test("a signed-out visitor to /contribute is sent to sign in, and comes back", { tag: "@smoke" }, async ({ page }) => {
  const { email } = account("back");
  await page.goto("/contribute");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)contribute$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/contribute$/);
  await expect(page.getByRole("heading", { name: "Contribute a position" })).toBeVisible();
});

test(
  "a new contributor proposes a position: pending in /me, not in the matrix or the API",
  { tag: "@smoke" },
  async ({ page, request }) => {
    await signIn(page, account("proposer").email);
    await page.goto("/contribute");
    await expect(page).toHaveURL(/\/contribute$/);
    await fillProposal(page, { government: "Kenya", topic: IXPS, stance: "leans_multistakeholder" });
    // The stance's meaning for this topic is shown with the choice.
    await expect(page.getByLabel("Stance")).toHaveAccessibleDescription(/IXPs grow best as neutral/);
    // Choosing an event suggests its date.
    await page.getByLabel("Event").selectOption("netmundial-2014");
    await expect(page.getByLabel("Date stated")).toHaveValue("2014-04-23");
    await expect(page.getByLabel("Date stated")).toHaveAccessibleDescription(
      /NETmundial ran 23 \w+ 2014 – 24 \w+ 2014/,
    );
    await fillProposal(page, {
      summary: "Kenya described its IXP as a community-run success story at NETmundial.",
      source: "https://example.org/kenya-ixp",
    });
    await page.getByRole("button", { name: "Add another source" }).click();
    await page.getByLabel("Source URL 2", { exact: true }).fill("https://example.org/kenya-ixp-transcript");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("heading", { name: "Submitted for review" })).toBeVisible();

    await page.getByRole("link", { name: "See your contributions" }).click();
    const mine = page
      .getByRole("list", { name: "Your contributions" })
      .getByRole("listitem")
      .filter({ hasText: "Kenya" });
    await expect(mine).toContainText(IXPS);
    await expect(mine).toContainText("Pending review");
    await expect(mine).toContainText("new position");

    const positions = await (await request.get("/api/v1/positions?government=KEN&topic=ixps")).json();
    expect(positions).toEqual([]);
    const matrix = await (await request.get("/api/v1/matrix?at=2014-05-01&topics=ixps")).json();
    expect(matrix.rows.find((r: { iso3: string }) => r.iso3 === "KEN").cells.ixps).toBeNull();
    await page.goto("/matrix?at=2014-05-01&topics=ixps&q=Kenya");
    await expect(matrixCell(page, "Kenya", IXPS)).toHaveAccessibleName("No recorded position");
  },
);

test("the form names every invalid field next to it and keeps what was typed", async ({ page }) => {
  await signIn(page, account("invalid").email);
  await page.goto("/contribute");
  await expect(page).toHaveURL(/\/contribute$/);
  await fillProposal(page, {
    government: "Atlantis",
    topic: "Space law",
    date: "2999-01-01",
    summary: "Too short.",
    source: "javascript:alert(1)",
    quote: "q".repeat(2001),
  });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
  const expected: [string, RegExp, string][] = [
    ["Government", /No government is called “Atlantis”/, "Atlantis"],
    ["Topic", /No open topic is called “Space law”/, "Space law"],
    ["Stance", /Choose one of the five stances/, ""],
    ["Date stated", /cannot be in the future/, "2999-01-01"],
    ["Summary", /at least 20 characters/, "Too short."],
    ["Source URL", /starting with http:\/\/ or https:\/\//, "javascript:alert(1)"],
    ["Quote", /2000 characters or fewer/, "q".repeat(2001)],
  ];
  for (const [label, message, value] of expected) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toHaveValue(value);
  }
  await fillProposal(page, { date: "1985-06-01" });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByLabel("Date stated")).toHaveAccessibleDescription(/before 1990/);
  await expect(page.getByRole("heading", { name: "Submitted for review" })).toHaveCount(0);
  // A coarser date says how it will read and from which day it counts.
  await fillProposal(page, { date: "2014-04-23" });
  await page.getByLabel("Date precision").selectOption("month");
  await expect(page.getByLabel("Date stated")).toHaveAccessibleDescription(
    /Shown as \w+ 2014; counted from 30 \w+ 2014, the last day of that month/,
  );
});

test("proposing a position that already exists becomes an edit of it, and says so", async ({ page }) => {
  await signIn(page, account("duplicate").email);
  await page.goto("/contribute");
  await expect(page).toHaveURL(/\/contribute$/);
  await fillProposal(page, {
    government: "Russia",
    topic: ROLE,
    stance: "intergovernmental",
    event: "wtpf-2013",
    date: "2013-05-16",
    summary: "Russia again called for a single intergovernmental body to govern the Internet.",
    source: "https://example.org/russia-wtpf",
  });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Russia already had a position on this topic dated 16 May 2013, so your proposal was recorded as an edit",
  );
  await page.goto("/me");
  await expect(
    page.getByRole("list", { name: "Your contributions" }).getByRole("listitem").filter({ hasText: "Russia" }),
  ).toContainText("edit");
});

test("“Propose an edit” on a cell starts from the published position; the author can withdraw it", async ({ page }) => {
  await signIn(page, account("editor").email);
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/matrix?at=2013-05-17&topics=cwg-internet-openness&q=Sweden");
  await page.getByRole("gridcell", { name: /^Multistakeholder \(stated 16 May 2013/ }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Propose an edit" }).click();
  await expect(page.getByRole("heading", { name: "Propose an edit" })).toBeVisible();
  await expect(page.getByLabel("Government")).toHaveValue("Sweden");
  await expect(page.getByLabel("Government")).not.toBeEditable();
  await expect(page.getByLabel("Stance")).toHaveValue("multistakeholder");
  await expect(page.getByLabel("Source URL", { exact: true })).toHaveValue(/cdt\.org/);
  await page.getByLabel("Stance").selectOption("leans_multistakeholder");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { name: "Submitted for review" })).toBeVisible();

  await page.goto("/me");
  const item = page
    .getByRole("list", { name: "Your contributions" })
    .getByRole("listitem")
    .filter({ hasText: "Sweden" });
  await expect(item).toContainText("Pending review");
  page.once("dialog", (dialog) => void dialog.accept());
  await item.getByRole("button", { name: /Withdraw/ }).click();
  await expect(item).toContainText("Withdrawn");
  await expect(item.getByRole("button", { name: /Withdraw/ })).toHaveCount(0);
  // The published position is unchanged.
  const positions = await (
    await page.request.get("/api/v1/positions?government=SWE&topic=cwg-internet-openness")
  ).json();
  expect(positions[0].stance).toBe("multistakeholder");
});
