import { describe, expect, it } from "vitest";
import { refuseUnsafePost } from "./mutation-guard";

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/api/trpc/contributions.propose", {
    method: "POST",
    headers: { host: "127.0.0.1:3000", ...headers },
  });

describe("the tRPC mutation guard", () => {
  it("lets a same-origin JSON post through", () => {
    expect(
      refuseUnsafePost(
        post({ "content-type": "application/json", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }),
      ),
    ).toBeNull();
  });

  it("lets JSON from a non-browser client (no Origin) through; it still needs a session", () => {
    expect(refuseUnsafePost(post({ "content-type": "application/json" }))).toBeNull();
  });

  it.each([
    ["an HTML form post", { "content-type": "application/x-www-form-urlencoded" }, 415],
    ["a multipart form post", { "content-type": "multipart/form-data; boundary=x" }, 415],
    ["a text/plain post", { "content-type": "text/plain;charset=UTF-8" }, 415],
    ["a post without a content type", {}, 415],
    ["a foreign Origin", { "content-type": "application/json", origin: "https://evil.example" }, 403],
    ["an opaque Origin", { "content-type": "application/json", origin: "null" }, 403],
    ["a cross-site fetch", { "content-type": "application/json", "sec-fetch-site": "cross-site" }, 403],
  ])("refuses %s", (_name, headers, status) => {
    expect(refuseUnsafePost(post(headers))?.status).toBe(status);
  });

  it("does not get in the way of queries (GET)", () => {
    expect(
      refuseUnsafePost(
        new Request("http://127.0.0.1:3000/api/trpc/topics.list", { headers: { origin: "https://evil.example" } }),
      ),
    ).toBeNull();
  });
});
