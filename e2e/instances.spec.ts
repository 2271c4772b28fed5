import { expect, newVisitor, test } from "./fixtures";
import { POSTGRES_SECOND_PORT } from "./ports";
import { freshDate } from "./proposal-form";
import { publishAsModerator } from "./publish";
import { staffPage } from "./session";

// Two app servers on one PostgreSQL database, as behind a load balancer: a change approved on
// one is on the other's next page, though that page was cached there.

const other = `http://127.0.0.1:${POSTGRES_SECOND_PORT}`;

test("an approval on one app server shows on the other's cached pages at once", async ({ browser }) => {
  const reader = (await newVisitor(browser)).request;
  await expect.poll(async () => (await reader.get(`${other}/api/health`).catch(() => null))?.status(), { timeout: 120_000 }).toBe(200);
  const mod = await staffPage(browser, "moderator");
  const first = "Uruguay described its exchange point as an open regional hub.";
  await publishAsModerator(mod, "Uruguay", freshDate(), first);
  await reader.get(`${other}/governments/URY`);
  const cached = await reader.get(`${other}/governments/URY`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).toContain(first);

  const second = "Uruguay later described its exchange point as run by its operators together.";
  await publishAsModerator(mod, "Uruguay", freshDate(), second); // on the first server
  await expect.poll(async () => (await (await reader.get(`${other}/governments/URY`)).text()).includes(second)).toBe(true);
  await mod.context().close();
});
