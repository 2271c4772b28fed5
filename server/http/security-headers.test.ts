import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isNoncePage, securityHeaders } from "./security-headers";

describe("the Content-Security-Policy", () => {
  it("pages with a nonce run only scripts carrying it (and what they load), never inline ones", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("allows no <base> anywhere, and nothing is embeddable or loadable by other sites", () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy("n")]) {
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(securityHeaders).toContainEqual({ key: "Cross-Origin-Resource-Policy", value: "same-origin" });
  });

  it("puts a nonce on the pages that take passwords or act for an account, not on reader pages", () => {
    for (const path of ["/sign-in", "/sign-in/check-email", "/sign-up", "/me", "/contribute", "/moderation", "/moderation/import", "/admin", "/admin/users"]) {
      expect(isNoncePage(path)).toBe(true);
    }
    for (const path of ["/", "/matrix", "/methodology", "/meetings", "/administration-guide", "/governments/KEN", "/api/v1/matrix"]) {
      expect(isNoncePage(path)).toBe(false);
    }
  });
});
