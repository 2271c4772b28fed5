import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  embedSecurityHeaders,
  isEmbedPage,
  isNoncePage,
  securityHeaders,
  securityHeadersFor,
  takesNonce,
} from "./security-headers";

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

  it("lets any site frame the embeds, and only them", () => {
    for (const path of ["/embed/matrix", "/embed/topics/ixps", "/embed/governments/BRA", "/fr/embed/matrix"]) {
      expect(isEmbedPage(path)).toBe(true);
      expect(securityHeadersFor(path)).toBe(embedSecurityHeaders);
    }
    for (const path of ["/", "/embedded", "/matrix", "/topics/embed", "/api/v1/matrix", "/ar/matrix", "/xx/embed"]) {
      expect(isEmbedPage(path)).toBe(false);
      expect(securityHeadersFor(path)).toBe(securityHeaders);
    }
    const embed = Object.fromEntries(embedSecurityHeaders.map(({ key, value }) => [key, value]));
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["Content-Security-Policy"]).toContain("script-src 'self' 'unsafe-inline'"); // the rest of the policy is the pages'
    expect(embed["X-Frame-Options"]).toBeUndefined();
    expect(embed["Cross-Origin-Resource-Policy"]).toBe("cross-origin");
    expect(embed["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("puts a nonce on a signed-in reader's position page (rendered for them; a moderator's shows withdrawn text) and its flag form, not on the cached page", () => {
    for (const path of ["/positions/71", "/positions/0071"]) {
      expect(takesNonce(path, { signedIn: true }), path).toBe(true);
      expect(takesNonce(path, { signedIn: false }), path).toBe(false);
    }
    expect(takesNonce("/positions/71/flag", { signedIn: false })).toBe(true); // a form that acts for an account, always per request
    expect(takesNonce("/governments/KEN", { signedIn: true })).toBe(false); // cached and shared, signed in or not
    expect(takesNonce("/moderation", { signedIn: false })).toBe(true);
    // In every language.
    expect(takesNonce("/ar/positions/71/flag", { signedIn: false })).toBe(true);
    expect(takesNonce("/zh/sign-in", { signedIn: false })).toBe(true);
    expect(takesNonce("/zh/methodology", { signedIn: true })).toBe(false);
  });

  it("puts a nonce on the pages that take passwords or act for an account, not on reader pages", () => {
    for (const path of [
      "/sign-in",
      "/sign-in/check-email",
      "/sign-up",
      "/me",
      "/contribute",
      "/moderation",
      "/moderation/import",
      "/admin",
      "/admin/users",
    ]) {
      expect(isNoncePage(path)).toBe(true);
    }
    for (const path of [
      "/",
      "/matrix",
      "/methodology",
      "/meetings",
      "/administration-guide",
      "/governments/KEN",
      "/api/v1/matrix",
    ]) {
      expect(isNoncePage(path)).toBe(false);
    }
  });
});
