import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer } from "./front-server";
import { listenOnFreePort, memoryLogger } from "./testing";

// Each request gets an id: on its answer (X-Request-Id) and on every log line written while it is answered.

describe("request ids", () => {
  const { log, lines } = memoryLogger();
  const server = createFrontServer(async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 5)); // work that goes on after a tick
    log.info("answered by Next");
    res.writeHead(200).end("ok");
  });
  let base = "";
  beforeAll(async () => {
    base = await listenOnFreePort(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("gives every answer its own id, and every log line the id of its request", async () => {
    const answers = await Promise.all([fetch(`${base}/matrix`), fetch(`${base}/topics`)]);
    const ids = answers.map((response) => response.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(2);
    expect(lines.map((line) => line.requestId).sort()).toEqual([...ids].sort());
  });
});
