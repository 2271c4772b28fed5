import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError, parseEnv, readEnv } from "./env";

// What an operator gets from the variables they set, and what a typo in one of them does.

const problemsOf = (source: Record<string, string>) => {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected the environment to be refused");
};

describe("the environment", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("needs no variable at all: every one has a default or is off", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: undefined,
      NEXT_TELEMETRY_DISABLED: true,
      PORT: 3000,
      HOST: undefined,
      SITE_URL: "http://localhost:3000",
      TRUST_PROXY: 0,
      DATABASE_URL: undefined,
      DATA_DIR: "./.data",
      DATABASE_POOL_MAX: 10,
      VIEW_CACHE_MAX_MB: 256,
      AUTH_SECRET: undefined,
      AUTH_GITHUB_ID: undefined,
      AUTH_GITHUB_SECRET: undefined,
      AUTH_GOOGLE_ID: undefined,
      AUTH_GOOGLE_SECRET: undefined,
      EMAIL_SERVER: undefined,
      EMAIL_FROM: "Stance Atlas <no-reply@localhost>",
      ALERTS_TICK_SECONDS: 300,
      LOG_LEVEL: "info",
      METRICS_TOKEN: undefined,
    });
  });

  it("takes an empty value (NAME= in a .env file) as unset, and the site's address from the port", () => {
    const env = parseEnv({ PORT: "8080", DATABASE_URL: "", LOG_LEVEL: "", METRICS_TOKEN: "", VIEW_CACHE_MAX_MB: "" });
    expect(env).toMatchObject({
      PORT: 8080,
      SITE_URL: "http://localhost:8080",
      DATABASE_URL: undefined,
      LOG_LEVEL: "info",
      METRICS_TOKEN: undefined,
      VIEW_CACHE_MAX_MB: 256,
    });
  });

  it("takes a full production set as given, with numbers as numbers", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: "8443",
      HOST: "127.0.0.1",
      SITE_URL: "https://stanceatlas.org",
      TRUST_PROXY: "2",
      DATABASE_URL: "postgres://atlas:s3cret@db.internal:5432/stance_atlas",
      DATA_DIR: "/var/lib/stance-atlas",
      DATABASE_POOL_MAX: "20",
      VIEW_CACHE_MAX_MB: "0",
      AUTH_SECRET: "a secret that signs every session of every instance",
      AUTH_GITHUB_ID: "gh-id",
      AUTH_GITHUB_SECRET: "gh-secret",
      AUTH_GOOGLE_ID: "google-id",
      AUTH_GOOGLE_SECRET: "google-secret",
      EMAIL_SERVER: "smtps://alerts:pw@mail.example.org:465",
      EMAIL_FROM: "Stance Atlas <alerts@stanceatlas.org>",
      ALERTS_TICK_SECONDS: "60",
      LOG_LEVEL: "warn",
      METRICS_TOKEN: "a-scraper-secret",
      UNRELATED: "ignored",
    });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      PORT: 8443,
      HOST: "127.0.0.1",
      SITE_URL: "https://stanceatlas.org",
      TRUST_PROXY: 2,
      DATABASE_POOL_MAX: 20,
    });
    expect(env).toMatchObject({
      VIEW_CACHE_MAX_MB: 0,
      EMAIL_SERVER: "smtps://alerts:pw@mail.example.org:465",
      ALERTS_TICK_SECONDS: 60,
      LOG_LEVEL: "warn",
    });
    expect(env).not.toHaveProperty("UNRELATED");
    expect(Object.isFrozen(env)).toBe(true);
  });

  it("refuses a number with a typo, naming the variable and what it expected, instead of making it NaN", () => {
    expect(() => parseEnv({ PORT: "30a0" })).toThrow(
      new EnvError(['PORT must be a whole number from 1 to 65535, not "30a0"']),
    );
    expect(() => parseEnv({ PORT: "30a0" })).toThrow('PORT must be a whole number from 1 to 65535, not "30a0".');
    expect(problemsOf({ PORT: "70000" })).toEqual(['PORT must be a whole number from 1 to 65535, not "70000"']);
    expect(problemsOf({ DATABASE_POOL_MAX: "ten" })).toEqual([
      'DATABASE_POOL_MAX must be a whole number from 1 to 1000, not "ten"',
    ]);
    expect(problemsOf({ ALERTS_TICK_SECONDS: "0" })).toEqual([
      'ALERTS_TICK_SECONDS must be a whole number from 1 to 86400, not "0"',
    ]);
    expect(problemsOf({ VIEW_CACHE_MAX_MB: "256MB" })).toEqual([
      'VIEW_CACHE_MAX_MB must be a whole number from 0 to 65536, not "256MB"',
    ]);
    expect(problemsOf({ ALERTS_TICK_SECONDS: "1.5" })).toHaveLength(1);
  });

  it("reads TRUST_PROXY as a number of hops, and refuses anything else", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    for (const wrong of ["true", "-1", "100", " 1"])
      expect(problemsOf({ TRUST_PROXY: wrong })).toEqual([
        `TRUST_PROXY must be a whole number from 0 to 99, not "${wrong}"`,
      ]);
  });

  it("takes a switch as true, false, 1 or 0 and refuses anything else", () => {
    expect(parseEnv({ NEXT_TELEMETRY_DISABLED: "0" }).NEXT_TELEMETRY_DISABLED).toBe(false);
    expect(parseEnv({ NEXT_TELEMETRY_DISABLED: "1" }).NEXT_TELEMETRY_DISABLED).toBe(true);
    expect(parseEnv({ NEXT_TELEMETRY_DISABLED: "false" }).NEXT_TELEMETRY_DISABLED).toBe(false);
    expect(problemsOf({ NEXT_TELEMETRY_DISABLED: "yes" })).toEqual([
      'NEXT_TELEMETRY_DISABLED must be true or false (or 1 or 0), not "yes"',
    ]);
    expect(problemsOf({ NEXT_TELEMETRY_DISABLED: "TRUE" })).toHaveLength(1);
  });

  it("refuses a URL that is not one, or not of the kind the variable needs, without repeating a secret it may hold", () => {
    expect(problemsOf({ SITE_URL: "stanceatlas.org" })).toEqual([
      'SITE_URL must be a URL such as https://stanceatlas.org, not "stanceatlas.org"',
    ]);
    expect(problemsOf({ SITE_URL: "ftp://stanceatlas.org" })).toHaveLength(1);
    // Without its scheme, "host:5432/db" would parse as a URL of the scheme "host:".
    const [problem] = problemsOf({ DATABASE_URL: "db.internal:5432/atlas?password=hunter2" });
    expect(problem).toBe("DATABASE_URL must be a URL such as postgres://user:password@127.0.0.1:5432/stance_atlas");
    expect(problemsOf({ EMAIL_SERVER: "mail.example.org:587" })).toEqual([
      "EMAIL_SERVER must be a URL such as smtp://user:password@mail.example.org:587",
    ]);
  });

  it("names every bad variable at once, and refuses a level or a sender it does not know", () => {
    const problems = problemsOf({
      PORT: "x",
      LOG_LEVEL: "verbose",
      NODE_ENV: "staging",
      EMAIL_FROM: "Stance Atlas",
      HOST: "http://0.0.0.0",
    });
    expect(problems).toEqual([
      'NODE_ENV must be one of development, production, test, not "staging"',
      'PORT must be a whole number from 1 to 65535, not "x"',
      'HOST must be a host name or IP address to listen on, such as 127.0.0.1 or ::, not "http://0.0.0.0"',
      'EMAIL_FROM must be an email address, optionally with a name: Stance Atlas <no-reply@localhost>, not "Stance Atlas"',
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, not "verbose"',
    ]);
    expect(new EnvError(problems).message).toMatch(/^5 environment variables are wrong:\n {2}NODE_ENV/);
  });

  it("is read again when a variable changes after it was first read (a .env file loaded, a test's setting)", () => {
    vi.stubEnv("PORT", "4100");
    const first = readEnv();
    expect(first.PORT).toBe(4100);
    expect(readEnv()).toBe(first);
    vi.stubEnv("PORT", "4200");
    expect(readEnv().PORT).toBe(4200);
    vi.stubEnv("PORT", "42OO");
    expect(() => readEnv()).toThrow(EnvError);
  });
});
