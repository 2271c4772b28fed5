import { z } from "zod";

// Every environment variable the app reads, checked in one place (create-t3-app's env.js pattern):
// a typo such as PORT=30a0 stops the server at boot with a line naming the variable and what it
// expected, instead of turning into NaN somewhere later. An empty value counts as unset, as `NAME=`
// in a .env file means. No "server-only" here: the front server (plain tsx) and next.config.ts read it too.

/** The sender of sign-in links and digests when EMAIL_FROM is unset. */
export const DEFAULT_EMAIL_FROM = "Stance Atlas <no-reply@localhost>";

const unsetIfEmpty = z
  .string()
  .optional()
  .transform((value) => value || undefined);

/**
 * A variable `read` makes sense of, or refuses by answering undefined; then the message says what was
 * `expected`, and the value itself unless it may hold a secret (a password in a URL).
 */
function variable<T>(read: (value: string) => T | undefined, expected: string, { secret = false } = {}) {
  return unsetIfEmpty.transform((value, ctx): T | undefined => {
    if (value === undefined) return undefined;
    const parsed = read(value);
    if (parsed !== undefined) return parsed;
    ctx.addIssue({ code: "custom", message: `must be ${expected}${secret ? "" : `, not "${value}"`}` });
    return z.NEVER;
  });
}

const orDefault = <T>(schema: z.ZodType<T | undefined, string | undefined>, fallback: T) =>
  schema.transform((value) => value ?? fallback);

const wholeNumber = (min: number, max: number) =>
  variable(
    (value) => (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined),
    `a whole number from ${min} to ${max}`,
  );

const FLAGS = new Map([
  ["true", true],
  ["1", true],
  ["false", false],
  ["0", false],
]);
const flag = variable((value) => FLAGS.get(value), "true or false (or 1 or 0)");

const oneOf = <const T extends string>(values: readonly T[]) =>
  variable((value) => values.find((known): known is T => known === value), `one of ${values.join(", ")}`);

const url = (protocols: string[], example: string, options?: { secret: boolean }) =>
  variable(
    (value) => (URL.canParse(value) && protocols.includes(new URL(value).protocol) ? value : undefined),
    `a URL such as ${example}`,
    options,
  );

const text = unsetIfEmpty;

const shape = {
  /** Set by Next and by `npm start`/`npm run dev`; unset means development. */
  NODE_ENV: oneOf(["development", "production", "test"]),
  NEXT_TELEMETRY_DISABLED: orDefault(flag, true),

  PORT: orDefault(wholeNumber(1, 65_535), 3000),
  HOST: variable(
    (value) => (/^[\w.:%[\]-]+$/.test(value) ? value : undefined),
    "a host name or IP address to listen on, such as 127.0.0.1 or ::",
  ),
  /** Defaults to http://localhost:$PORT (below). */
  SITE_URL: url(["http:", "https:"], "https://stanceatlas.org"),
  TRUST_PROXY: orDefault(wholeNumber(0, 99), 0),

  DATABASE_URL: url(["postgres:", "postgresql:"], "postgres://user:password@127.0.0.1:5432/stance_atlas", {
    secret: true,
  }),
  DATA_DIR: orDefault(text, "./.data"),
  DATABASE_POOL_MAX: orDefault(wholeNumber(1, 1000), 10),
  VIEW_CACHE_MAX_MB: orDefault(wholeNumber(0, 65_536), 256),

  AUTH_SECRET: text,
  AUTH_GITHUB_ID: text,
  AUTH_GITHUB_SECRET: text,
  AUTH_GOOGLE_ID: text,
  AUTH_GOOGLE_SECRET: text,

  EMAIL_SERVER: url(["smtp:", "smtps:"], "smtp://user:password@mail.example.org:587", { secret: true }),
  EMAIL_FROM: orDefault(
    variable(
      (value) => (value.includes("@") ? value : undefined),
      `an email address, optionally with a name: ${DEFAULT_EMAIL_FROM}`,
    ),
    DEFAULT_EMAIL_FROM,
  ),
  ALERTS_TICK_SECONDS: orDefault(wholeNumber(1, 86_400), 300),

  LOG_LEVEL: orDefault(oneOf(["trace", "debug", "info", "warn", "error", "fatal", "silent"]), "info"),
  METRICS_TOKEN: text,
};

const schema = z
  .object(shape)
  .transform((env) => ({ ...env, SITE_URL: env.SITE_URL ?? `http://localhost:${env.PORT}` }));

export type Env = Readonly<z.output<typeof schema>>;
export type EnvSource = Record<string, string | undefined>;

/** One line per bad variable, each naming it and what it expected. */
export class EnvError extends Error {
  override name = "EnvError";
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `${problems[0]}.`
        : `${problems.length} environment variables are wrong:\n  ${problems.join("\n  ")}`,
    );
  }
}

/** The variables of `source`, checked, with their defaults; throws EnvError naming every bad one. */
export function parseEnv(source: EnvSource): Env {
  const result = schema.safeParse(source);
  if (!result.success)
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  return Object.freeze(result.data);
}

const NAMES = Object.keys(shape);
let last: { key: string; env: Env } | undefined;

/**
 * The process's environment as it is now, parsed again only when one of its variables changed: after
 * loadEnv() read the .env files (server/cli/run-cli.ts), or a test set one. So it is cheap to call where
 * a value is needed, and a value set after this module loaded is still seen.
 */
export function readEnv(): Env {
  const key = NAMES.map((name) => process.env[name] ?? "").join("\0");
  if (last?.key !== key) last = { key, env: parseEnv(process.env) };
  return last.env;
}
