import { describe, expect, it } from "vitest";
import { withinBodyLimit } from "./body-limit";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/trpc/contributions.propose", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);

function streamOf(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(chunkBytes).fill(32));
      else controller.close();
    },
  });
}

describe("the body limit of API requests", () => {
  it("passes a body within the limit on, unchanged", async () => {
    const kept = await withinBodyLimit(post(JSON.stringify({ summary: "Kenya's exchange point" })), 1024);
    expect(kept).toBeInstanceOf(Request);
    expect(await (kept as Request).json()).toEqual({ summary: "Kenya's exchange point" });
  });

  it("refuses a body over the limit with 413, by its declared length or as it streams in", async () => {
    const declared = await withinBodyLimit(post("x".repeat(2048)), 1024);
    expect(declared).toBeInstanceOf(Response);
    expect((declared as Response).status).toBe(413);
    expect(await (declared as Response).json()).toEqual({ error: "The request body is over 1 kB." });
    const streamed = await withinBodyLimit(post(streamOf(1000, 1024)), 100 * 1024);
    expect((streamed as Response).status).toBe(413);
  });
});
