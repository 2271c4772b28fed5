import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

// The headers next.config.ts gives each path, matched as Next matches them (its own path matcher;
// a later rule's header replaces an earlier one's). Next sets them before a route answers, and a
// route's own header of the same name is then dropped (send-response.js): a route that needs its
// own value must get none from here.

async function configHeaders(pathname: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!getPathMatch(rule.source)(pathname)) continue;
    for (const { key, value } of rule.headers) headers[key] = value;
  }
  return headers;
}

describe("next.config.ts's headers", () => {
  it("leave the watchlist feed's own Referrer-Policy (no-referrer: its address is a credential), and keep the rest", async () => {
    const feed = await configHeaders("/feeds/watchlist/0123456789abcdef0123456789abcdef");
    expect(feed["Referrer-Policy"]).toBeUndefined();
    expect(feed["X-Content-Type-Options"]).toBe("nosniff");
    expect(feed["X-Frame-Options"]).toBe("DENY");
    expect(feed["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    for (const path of ["/matrix", "/feeds", "/changes.atom", "/embed/matrix"]) {
      expect((await configHeaders(path))["Referrer-Policy"], path).toBe("strict-origin-when-cross-origin");
    }
  });

  it("let other sites frame the embeds in every language, and no other page in any", async () => {
    for (const path of ["/embed/matrix", "/fr/embed/matrix", "/ar/embed/topics/ixps"]) {
      const headers = await configHeaders(path);
      expect(headers["X-Frame-Options"], path).toBeUndefined();
      expect(headers["Content-Security-Policy"], path).toContain("frame-ancestors *");
    }
    for (const path of ["/matrix", "/ar/matrix", "/zh", "/fr/embedded"]) {
      const headers = await configHeaders(path);
      expect(headers["X-Frame-Options"], path).toBe("DENY");
      expect(headers["Content-Security-Policy"], path).toContain("frame-ancestors 'none'");
    }
  });
});
