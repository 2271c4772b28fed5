import { expect, test } from "./fixtures";

// An event's page: what was said there, and how stances moved across it.

test("an event page lists its positions and who changed stance across it", async ({ page }) => {
  await page.goto("/events/wtpf-2013");
  await expect(page.getByRole("heading", { level: 1, name: "World Telecommunication/ICT Policy Forum" })).toBeVisible();
  await expect(page.getByText("Geneva · 14 May 2013 – 16 May 2013")).toBeVisible();
  const recorded = page.getByRole("list", { name: "Positions recorded at the event" }).getByRole("listitem");
  await expect(recorded).toHaveCount(6);
  await expect(recorded.filter({ hasText: "Russia" })).toContainText("Intergovernmental");
  const changed = page.getByRole("list", {
    name: "Role of governments in Internet governance: governments that changed",
  });
  await expect(changed.getByRole("listitem").filter({ hasText: "Brazil" })).toContainText("Mixed");
  await expect(changed).not.toContainText("Russia"); // it said what it had tabled in 2011
  await recorded.filter({ hasText: "Sweden" }).getByRole("link", { name: "Evidence and history" }).click();
  await expect(page.getByRole("link", { name: "World Telecommunication/ICT Policy Forum" })).toHaveAttribute(
    "href",
    "/events/wtpf-2013",
  );
});

test("an unknown event is a 404, and the positions API filters by event", async ({ page, request }) => {
  expect((await page.goto("/events/no-such-event"))?.status()).toBe(404);
  const positions: { government: string }[] = await (await request.get("/api/v1/positions?event=wtpf-2013")).json();
  expect(positions).toHaveLength(6);
  const unknown = await request.get("/api/v1/positions?event=no-such-event");
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({ error: "Unknown event: no-such-event." });
});

test("events are marked on time axes: a government's timelines, a topic's chart and a comparison", async ({ page }) => {
  await page.goto("/governments/BRA");
  const wtpf = page
    .getByRole("list", { name: "Events on this time axis" })
    .getByRole("link", { name: "WTPF-2013: World Telecommunication/ICT Policy Forum, 14 May 2013 – 16 May 2013" });
  await expect(wtpf).toHaveAttribute("href", "/events/wtpf-2013");
  await wtpf.focus();
  await expect(page.getByText("World Telecommunication/ICT Policy Forum, 14 May 2013 – 16 May 2013")).toBeVisible(); // its dates on focus
  await expect(
    page.getByRole("img", {
      name: "Brazil on Role of governments in Internet governance over time: leans intergovernmental from 14 May 2013, then mixed from 16 May 2013.",
    }),
  ).toBeVisible();

  await page.goto("/topics/un-cybercrime-treaty");
  const vote = page
    .getByRole("region", { name: "Stances over time" })
    .getByRole("link", { name: "UN General Assembly vote on resolution 74/247 (cybercrime), 27 Dec 2019" });
  await vote.click();
  await expect(page).toHaveURL(/\/events\/unga-74-247-2019$/);

  await page.goto("/compare?governments=RUS,USA");
  await expect(
    page
      .getByRole("list", { name: "Events on this time axis" })
      .first()
      .getByRole("link", { name: /^WCIT-2012: World Conference on International Telecommunications/ }),
  ).toHaveAttribute("href", "/events/wcit-2012");
});
