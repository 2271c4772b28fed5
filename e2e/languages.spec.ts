import AxeBuilder from "@axe-core/playwright";
import countries from "world-countries";
import { positionResponse } from "@/server/schemas/api-responses";
import { compareResponse } from "@/server/schemas/bloc-responses";
import ar from "@/server/i18n/messages/ar.json";
import fr from "@/server/i18n/messages/fr.json";
import ru from "@/server/i18n/messages/ru.json";
import zh from "@/server/i18n/messages/zh.json";
import arData from "@/db/dataset/translations/ar.json";
import ruData from "@/db/dataset/translations/ru.json";
import zhData from "@/db/dataset/translations/zh.json";
import frErrors from "@/server/i18n/errors/fr.json";
import { expect, test } from "./fixtures";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";

import { PASSWORD, staffPage, uniqueEmail } from "./session";
import { matrixCell } from "./matrix-cell";

// The atlas in the six UN languages: English at its own URLs, the others under a prefix, Arabic right to left.

const ROLE_IN_ARABIC = arData.topics["governments-role"].title;
const nameIn = (language: "ara" | "zho" | "rus", iso3: string) =>
  countries.find((country) => country.cca3 === iso3)?.translations[language]?.common ?? "";
const arabicName = (iso3: string) => nameIn("ara", iso3);

test(
  "/ar/matrix is Arabic and right to left: Arabic names, row headers on the right, arrows in the reading direction",
  { tag: "@smoke" },
  async ({ page }) => {
    await page.goto("/ar/matrix?at=2013-05-17");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar.matrix.title);
    // Search engines find the same view in each language.
    await expect(page.locator('link[rel="alternate"][hreflang="zh"]')).toHaveAttribute(
      "href",
      /\/zh\/matrix\?at=2013-05-17$/,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      "href",
      /[^/]\/matrix\?at=2013-05-17$/,
    );

    const russia = arabicName("RUS");
    const grid = page.getByRole("grid");
    const rowHeader = grid.getByRole("rowheader", { name: russia, exact: true });
    await expect(rowHeader).toBeVisible();
    const cell = matrixCell(page, russia, ROLE_IN_ARABIC);
    // The stance and what the government did, in Arabic: no word of English in the cell's name.
    await expect(cell).toHaveAccessibleName(new RegExp(`^${ar.stance.intergovernmental} \\(`));
    await expect(cell).toHaveAccessibleName(/^[^A-Za-z]+$/);
    const [header, first] = [await rowHeader.boundingBox(), await cell.boundingBox()];
    expect(header && first && header.x > first.x).toBe(true); // the governments' column is on the right

    // ArrowLeft goes to the next topic, as Arabic reads.
    const row = grid.locator("tbody tr").first();
    await grid.locator('td[tabindex="0"]').focus();
    await expect(row.locator("td").first()).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(row.locator("td").nth(1)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(row.locator("td").first()).toBeFocused();
  },
);

test("the language switcher keeps the view (date and filters) and is remembered for the home page", async ({
  page,
}) => {
  await page.goto("/matrix?at=2013-05-17&region=Europe");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/matrix\?at=2013-05-17&region=Europe$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel(ar.matrix.filters.region, { exact: true })).toHaveValue("Europe"); // the filter, still on

  await page.goto("/");
  await expect(page).toHaveURL(/\/ar$/);
  await page.getByRole("navigation", { name: ar.languages.label }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/); // English chosen: the home page stays English
});

test("an embed takes its language from ?lang=", async ({ page }) => {
  await page.goto("/embed/matrix?lang=fr&at=2019-12-28");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("list", { name: fr.legend.scale })).toBeVisible();
  await expect(page.getByRole("grid", { name: new RegExp(fr.matrix.gridLabel.replace("{date}", ".+")) })).toBeVisible();
});

test("English's prefixed URLs redirect to the one English URL; an unknown language is no page", async ({ page }) => {
  await page.goto("/en/matrix?at=2013-05-17");
  await expect(page).toHaveURL(/\/matrix\?at=2013-05-17$/);
  const unknown = await page.goto("/xx/matrix");
  expect(unknown?.status()).toBe(404);
});

test(
  "/zh/compare is Chinese, with Chinese names and the same numbers as the English page",
  { tag: "@smoke" },
  async ({ page, request }) => {
    const query = "governments=RUS,USA&at=2019-12-28";
    const { agreement } = compareResponse.parse(await (await request.get(`/api/v1/compare?${query}`)).json());
    const [pair] = agreement;
    if (!pair || pair.sameSide === null || pair.distance === null)
      throw new Error("Russia and the United States share no topic");
    await page.goto(`/compare?${query}`);
    const english = await page
      .getByRole("row", { name: /^Russia – United States/ })
      .getByRole("cell")
      .allTextContents();

    await page.goto(`/zh/compare?${query}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.compare.title);
    const row = page.getByRole("row", { name: `${nameIn("zho", "RUS")} – ${nameIn("zho", "USA")}` });
    const numbers = [String(pair.sharedTopics), `${Math.round(pair.sameSide * 100)}%`, pair.distance.toFixed(2)];
    await expect(row.getByRole("cell")).toHaveText(numbers);
    expect(english).toEqual(numbers);
    await expect(page.getByRole("list", { name: zh.comparePicker.chosen }).getByRole("listitem")).toHaveText([
      new RegExp(nameIn("zho", "RUS")),
      new RegExp(nameIn("zho", "USA")),
    ]);
    // The picker finds a government by its Chinese name, and keeps the page in Chinese.
    await page.getByLabel(zh.comparePicker.government, { exact: true }).fill(nameIn("zho", "BRA"));
    await page.getByRole("button", { name: zh.comparePicker.add }).click();
    await expect(page).toHaveURL(/\/zh\/compare\?governments=RUS,USA,BRA&at=2019-12-28$/);
  },
);

test("a coded summary reads in the page's language, said to be the atlas's translation", async ({ page, request }) => {
  const [position] = positionResponse
    .array()
    .parse(await (await request.get("/api/v1/positions?government=RUS&topic=un-cybercrime-treaty&lang=ru")).json());
  if (!position) throw new Error("Russia has no position on the cybercrime treaty");
  const russian = ruData.codedSummaries[position.summary as keyof typeof ruData.codedSummaries];
  expect(position).toMatchObject({ language: "en", translation: { language: "ru", summary: russian } });
  await page.goto(`/ru/positions/${position.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(nameIn("rus", "RUS"));
  const current = page.getByRole("region", { name: new RegExp(ru.position.current) });
  await expect(current.getByText(russian, { exact: true })).toBeVisible();
  await expect(current.getByText(ru.positionNotes.translatedSummary)).toBeVisible();
  await expect(current.getByText(position.summary)).toHaveCount(0);
});

test("a contribution keeps its own language: a French summary on an Arabic page is marked French", async ({
  browser,
  page,
}) => {
  const mod = await staffPage(browser, "moderator");
  const summary = "Le Sénégal a décrit son point d'échange Internet comme une infrastructure partagée.";
  const id = await publishAsModerator(mod, "Senegal", freshDate(), summary, "fr");
  const stored = positionResponse
    .array()
    .parse(await (await page.request.get("/api/v1/positions?government=SEN&topic=ixps")).json())
    .find((p) => p.id === id);
  expect(stored?.language).toBe("fr");
  await page.goto(`/ar/positions/${id}`);
  const text = page.getByRole("region", { name: new RegExp(ar.position.current) }).getByText(summary, { exact: true });
  await expect(text).toHaveAttribute("lang", "fr");
  await expect(text).toHaveAttribute("dir", "ltr");
  // On a French page it is the page's own language: nothing to mark.
  await page.goto(`/fr/positions/${id}`);
  const current = page.getByRole("region", { name: new RegExp(fr.position.current) });
  await expect(current.getByText(summary, { exact: true })).not.toHaveAttribute("lang", /./);
});

test("an admin's translation of an event shows on its page at once; removing one shows the English, said so", async ({
  browser,
  page,
}) => {
  const admin = await staffPage(browser, "admin");
  await admin.goto("/admin/translations?lang=es");
  const row = admin.getByRole("listitem").filter({ has: admin.getByText("wsis10-2015", { exact: true }) });
  const name = `Reunión de alto nivel CMSI+10 (${freshDate()})`;
  await row.getByLabel("Name").fill(name);
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved.");
  await page.goto("/es/events/wsis10-2015");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  // Half a translation is refused, next to the empty field, and nothing changes.
  await row.getByLabel("Place").fill("");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Translate every field, or leave them all empty to show the English.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  // Every field emptied removes the Russian: the page shows the English, marked, and says it is not yet translated.
  await admin.goto("/admin/translations?lang=ru");
  const russian = admin.getByRole("listitem").filter({ has: admin.getByText("wsis10-2015", { exact: true }) });
  await russian.getByLabel("Name").fill("");
  await russian.getByLabel("Place").fill("");
  await russian.getByRole("button", { name: "Save" }).click();
  await expect(russian.getByRole("status")).toHaveText("Saved.");
  await page.goto("/ru/events/wsis10-2015");
  await expect(page.getByText(ru.common.notTranslated)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).locator('[lang="en"]')).toBeVisible();
});

test("a form's error messages are in the page's language", async ({ browser }) => {
  const mod = await staffPage(browser, "moderator");
  await mod.goto("/fr/contribute");
  await mod.getByRole("button", { name: fr.contribute.submit }).click();
  const summary = mod.getByRole("textbox", { name: fr.contribute.summary });
  await expect(summary).toHaveAttribute("aria-invalid", "true");
  const tooShort = "Write at least 20 characters: say what the government said.";
  await expect(mod.getByText(frErrors[tooShort]).first()).toBeVisible(); // in the list above the form and by the field
  await expect(mod.getByText(tooShort)).toHaveCount(0);
});

test("a topic's texts are in the page's language, in the matrix's column headers too", async ({ page }) => {
  await page.goto("/ar/topics/itu-mandate");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(arData.topics["itu-mandate"].title);
  await expect(page.getByText(ar.common.notTranslated)).toHaveCount(0);
  await page.goto("/zh/matrix?topics=itu-mandate");
  await expect(
    page.getByRole("columnheader", { name: new RegExp(zhData.topics["itu-mandate"].title.slice(0, 8)) }),
  ).toBeVisible();
});

test("Arabic and Chinese pages pass axe's accessibility rules, every text in a declared language", async ({ page }) => {
  for (const path of ["/ar", "/zh", "/zh/compare?governments=RUS,USA&at=2019-12-28"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "best-practice"]).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});

test("a contributor signs up and out in French: the forms and the actions' redirects keep the language", async ({
  page,
}) => {
  await page.goto("/fr/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByLabel(fr.forms.auth.displayName).fill("Amélie Française");
  await page.getByLabel(fr.forms.auth.email, { exact: true }).fill(uniqueEmail("francais"));
  await page.getByLabel(fr.forms.auth.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: fr.forms.auth.createAccount }).click();
  await expect(page).toHaveURL(/\/fr\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr.me.title);
  await page.getByRole("button", { name: fr.me.signOut }).click(); // a server action: its redirect stays French
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
