import { describe, expect, it } from "vitest";
import { linkLanguage } from "./email-link";

const link = (callbackUrl?: string) =>
  `https://atlas.example/api/auth/callback/nodemailer?token=abc&email=a%40b.c${
    callbackUrl === undefined ? "" : `&callbackUrl=${encodeURIComponent(callbackUrl)}`
  }`;

describe("the sign-in email's language", () => {
  it("is the language of the page the sign-in returns to", () => {
    expect(linkLanguage(link("https://atlas.example/ar/me"))).toBe("ar");
    expect(linkLanguage(link("/zh/contribute?position=4"))).toBe("zh");
    expect(linkLanguage(link("https://atlas.example/me"))).toBe("en");
  });

  it("is English when the link names no page or no language of ours", () => {
    expect(linkLanguage(link())).toBe("en");
    expect(linkLanguage(link("/xx/me"))).toBe("en");
    expect(linkLanguage(link("::not a url"))).toBe("en");
  });
});
