import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./run-cli";

// Auth.js signs sessions with AUTH_SECRET. On the embedded database `npm start` needs no
// variables, so a secret is made once and kept beside the data it protects. Several
// instances on one PostgreSQL must share a secret, so there it has to be given.
export function resolveAuthSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new UsageError(
      "AUTH_SECRET is required when DATABASE_URL is set in production: every instance must sign sessions " +
        "with the same secret. Generate one with `openssl rand -base64 33` and set AUTH_SECRET.",
    );
  }
  const file = path.join(path.resolve(dataDir), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(33).toString("base64url");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
