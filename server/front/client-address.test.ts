import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressOf, settleForwardedHeaders } from "./client-address";

/** A request as node:http hands it over, from a connection at `address`. */
function request(headers: Record<string, string>, address = "198.51.100.7"): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: address });
  const req = new IncomingMessage(socket);
  req.headers = { ...headers };
  return req;
}

describe("the client's address behind TRUST_PROXY hops", () => {
  it("is the socket's with no trusted proxy, whatever the client writes in X-Forwarded-For", () => {
    for (const claimed of ["10.8.0.2", "", ",", "10.8.0.2, 10.8.0.3", "unknown"]) {
      expect(clientAddressOf(request({ "x-forwarded-for": claimed }), 0)).toBe("198.51.100.7");
    }
  });

  it("is the address the outermost trusted proxy saw, never an entry the client added before it", () => {
    // client → proxy (appends the client's address) → app
    expect(clientAddressOf(request({ "x-forwarded-for": "203.0.113.9" }, "10.0.0.2"), 1)).toBe("203.0.113.9");
    expect(clientAddressOf(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "10.0.0.2"), 1)).toBe("203.0.113.9");
    // client → CDN → load balancer → app
    expect(clientAddressOf(request({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.9" }, "10.0.0.2"), 2)).toBe(
      "203.0.113.9",
    );
    // a client reaching the app directly, past the proxy, with an empty or bare header: its own socket
    expect(clientAddressOf(request({ "x-forwarded-for": "," }), 1)).toBe("198.51.100.7");
    expect(clientAddressOf(request({}), 1)).toBe("198.51.100.7");
  });

  it("replaces the forwarded headers with that one address, and drops a client's X-Forwarded-Host when no proxy is trusted", () => {
    const req = request({
      "x-forwarded-for": "10.8.0.2",
      "x-forwarded-host": "evil.example",
      "x-real-ip": "10.8.0.3",
      forwarded: "for=10.8.0.4",
    });
    settleForwardedHeaders(req, 0);
    expect(req.headers).toEqual({ "x-forwarded-for": "198.51.100.7" });
    const proxied = request(
      { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "atlas.example", "x-forwarded-proto": "https" },
      "10.0.0.2",
    );
    settleForwardedHeaders(proxied, 1);
    expect(proxied.headers).toEqual({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "atlas.example",
      "x-forwarded-proto": "https",
    });
  });
});
