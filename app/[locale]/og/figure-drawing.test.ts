import { createElement } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cardLanguage } from "@/app/_charts/cards/card-language";
import { topicMapPng } from "@/app/_charts/topic-pictures";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { listenForChanges } from "@/server/cache/listen-for-changes";
import { invalidatedSince, invalidateTags, isListening } from "@/server/cache/view-invalidations.mjs";
import { viewTags } from "@/server/cache/view-tags";
import { topicFigure } from "@/server/services/topic-figure";
import { matrixPreview } from "@/app/[locale]/og/matrix/matrix-preview";
import { FIGURE_RENDERS, figureRenders } from "@/server/http/render-limit";
import { pngCard } from "@/server/http/figure-responses";

// Figures (a topic's map and chart, the preview images) are drawn once per distinct picture, kept
// until a change to what they show, and only a few at a time: drawing one holds the event loop.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const TODAY = "2026-12-06";
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe.each(TEST_DRIVERS)("figures drawn on %s", (kind) => {
  let t: TestDatabase;
  let stopListening: () => Promise<void>;
  // Each driver's run records different governments, so neither sees the other's pictures.
  const governments = kind === "pglite" ? ["KEN", "GHA", "PER"] : ["CHL", "NGA", "VNM"];
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2010, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  const draws = () => figureRenders.stats().started;
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
  const ixpsMap = async () =>
    topicMapPng(await topicFigure(t.db, "ixps", TODAY, TODAY), await cardLanguage("en"), {
      filename: "map.png",
      maxAge: 60,
    });

  /** Waits until this server has heard the database announce a change to `tag` (since `since`). */
  const heard = (tag: string, since: number) => expect.poll(() => invalidatedSince([tag], since)).toBe(true);

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    stopListening = listenForChanges(t, () => {});
    await vi.waitFor(() => expect(isListening()).toBe(true), { timeout: 15_000 });
  });
  afterAll(async () => {
    await stopListening();
    await t.destroy();
  });
  beforeEach(async () => {
    invalidateTags([viewTags.all]); // no picture drawn by an earlier test
    await tick();
  });

  it("a second request for a map is served from the cache without drawing it again", async () => {
    await approvedPosition(t.db, {
      government: governments[0] ?? "",
      topic: "ixps",
      stance: "mixed",
      statedOn: nextDate(),
    });
    const before = draws();
    const first = await ixpsMap();
    expect(first.headers.get("content-type")).toBe("image/png");
    expect(first.headers.get("content-disposition")).toBe('attachment; filename="map.png"');
    const firstBytes = await bytes(first);
    expect([...firstBytes.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    const second = await ixpsMap();
    expect(await bytes(second)).toEqual(firstBytes);
    expect(draws() - before).toBe(1);
  });

  it("a change to the topic's positions draws it anew, and drops the old picture; a change to another topic keeps it", async () => {
    await approvedPosition(t.db, {
      government: governments[1] ?? "",
      topic: "ixps",
      stance: "mixed",
      statedOn: nextDate(),
    });
    const oldFigure = await topicFigure(t.db, "ixps", TODAY, TODAY);
    const before = draws();
    const oldBytes = await bytes(await topicMapPng(oldFigure, await cardLanguage("en")));

    let since = Date.now();
    await tick();
    await approvedPosition(t.db, {
      government: governments[2] ?? "",
      topic: "igf-role",
      stance: "multistakeholder",
      statedOn: nextDate(),
    });
    await heard(viewTags.topic("igf-role"), since);
    await topicMapPng(oldFigure, await cardLanguage("en"));
    expect(draws() - before).toBe(1); // another topic's change leaves the map

    since = Date.now();
    await tick();
    await approvedPosition(t.db, {
      government: governments[2] ?? "",
      topic: "ixps",
      stance: "intergovernmental",
      statedOn: nextDate(),
    });
    await heard(viewTags.topic("ixps"), since);
    const newBytes = await bytes(await ixpsMap());
    expect(draws() - before).toBe(2);
    expect(newBytes).not.toEqual(oldBytes);
    await topicMapPng(oldFigure, await cardLanguage("en")); // the picture of the topic as it was is gone, not just superseded
    expect(draws() - before).toBe(3);
  });

  it("two junk searches for the matrix's preview image share one drawing; a search that shows other governments gets its own", async () => {
    const preview = async (search: string) =>
      matrixPreview(t.db, loadMatrixParams(new URLSearchParams(search)), TODAY, await cardLanguage("en"));
    const before = draws();
    const junk = await bytes(await preview(`q=${kind}-nobody-at-all`));
    expect([...junk.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(
      await bytes(await preview(`q=${encodeURIComponent("<script>anything else")}&sort=region&cell=RUS.ixps`)),
    ).toEqual(junk);
    expect(draws() - before).toBe(1);
    await preview("q=kenya");
    expect(draws() - before).toBe(2);
  });

  it("answers 503 with Retry-After, drawing nothing, while too many pictures are being drawn or waiting", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const busy = Array.from({ length: FIGURE_RENDERS.running + FIGURE_RENDERS.waiting }, () =>
      figureRenders.run(() => held),
    );
    expect(figureRenders.stats()).toMatchObject({ running: FIGURE_RENDERS.running, waiting: FIGURE_RENDERS.waiting });
    try {
      const before = draws();
      const answer = await pngCard({ name: "test-card", locale: "en", of: { kind }, tags: [] }, () =>
        createElement("svg", { xmlns: "http://www.w3.org/2000/svg", width: 10, height: 10 }),
      );
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(await answer.json()).toEqual({ error: expect.stringContaining("Try again") });
      expect(draws()).toBe(before);
    } finally {
      release();
      await Promise.allSettled(busy);
    }
  });
});
