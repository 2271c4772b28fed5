import { describe, expect, it } from "vitest";
import { createRenderLimit, FiguresBusyError } from "./render-limit";

// Drawing holds the event loop: only a few at once, a short line, and the rest told to come back.

/** A draw that runs until the test lets it finish. */
function heldDraw(log: { now: number; most: number }) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const draw = async () => {
    log.now++;
    log.most = Math.max(log.most, log.now);
    await done;
    log.now--;
    return "drawn";
  };
  return { draw, finish };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the limit on pictures drawn at once", () => {
  it("no more than N renders run at once; the others wait their turn and all are drawn", async () => {
    const limit = createRenderLimit({ running: 2, waiting: 10 });
    const log = { now: 0, most: 0 };
    const draws = Array.from({ length: 7 }, () => heldDraw(log));
    const results = draws.map(({ draw }) => limit.run(draw));
    await settle();
    expect(limit.stats()).toMatchObject({ running: 2, waiting: 5 });
    for (const { finish } of draws) {
      finish();
      await settle();
      expect(log.now).toBeLessThanOrEqual(2);
    }
    expect(await Promise.all(results)).toEqual(Array(7).fill("drawn"));
    expect(log.most).toBe(2);
    expect(limit.stats()).toEqual({ started: 7, running: 0, waiting: 0 });
  });

  it("refuses at once, drawing nothing, when the waiting line is full; a failed draw frees its slot", async () => {
    const limit = createRenderLimit({ running: 1, waiting: 1 });
    const log = { now: 0, most: 0 };
    const [a, b] = [heldDraw(log), heldDraw(log)];
    const taken = [limit.run(a.draw), limit.run(b.draw)];
    let drawn = false;
    await expect(limit.run(async () => (drawn = true))).rejects.toBeInstanceOf(FiguresBusyError);
    expect(drawn).toBe(false);
    a.finish();
    b.finish();
    await Promise.all(taken);
    await expect(limit.run(() => Promise.reject(new Error("resvg failed")))).rejects.toThrow("resvg failed");
    expect(await limit.run(async () => "after")).toBe("after");
    expect(limit.stats()).toMatchObject({ running: 0, waiting: 0 });
  });
});
