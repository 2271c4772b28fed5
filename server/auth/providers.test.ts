import { describe, expect, it } from "vitest";
import { optionalProviders, signInMethods } from "./providers";

describe("optional sign-in methods", () => {
  it("are all off without their variables", () => {
    expect(signInMethods({})).toEqual({ github: false, google: false, email: false });
    expect(optionalProviders({})).toEqual([]);
  });

  it("need both the id and the secret for OAuth", () => {
    expect(signInMethods({ AUTH_GITHUB_ID: "id" }).github).toBe(false);
    expect(signInMethods({ AUTH_GOOGLE_SECRET: "secret" }).google).toBe(false);
  });

  it("switch on GitHub, Google and email links from the environment", () => {
    const env = {
      AUTH_GITHUB_ID: "a",
      AUTH_GITHUB_SECRET: "b",
      AUTH_GOOGLE_ID: "c",
      AUTH_GOOGLE_SECRET: "d",
      EMAIL_SERVER: "smtp://127.0.0.1:2525",
      EMAIL_FROM: "atlas@example.org",
    };
    expect(signInMethods(env)).toEqual({ github: true, google: true, email: true });
    const ids = optionalProviders(env).map((p) => (typeof p === "function" ? p().id : p.id));
    expect(ids).toEqual(["github", "google", "nodemailer"]);
  });

  it("never let GitHub or Google join an existing account by its email (a provider's email is not proof of the address)", () => {
    const env = { AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b", AUTH_GOOGLE_ID: "c", AUTH_GOOGLE_SECRET: "d" };
    const configs = optionalProviders(env).map((p) => (typeof p === "function" ? p() : p));
    expect(configs).toHaveLength(2);
    for (const config of configs)
      expect("allowDangerousEmailAccountLinking" in config && config.allowDangerousEmailAccountLinking).toBeFalsy();
  });
});
