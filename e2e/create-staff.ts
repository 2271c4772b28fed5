import { execFileSync } from "node:child_process";
import { STAFF, UNENROLLED_MODERATOR } from "./staff";

// Creates the staff accounts through the real CLI, in whatever database the environment names.
for (const account of [...Object.values(STAFF), UNENROLLED_MODERATOR]) {
  const secret = "totpSecret" in account ? ["--totp-secret", account.totpSecret] : [];
  execFileSync("npm", ["run", "-s", "user:create", "--", "--email", account.email, "--password", account.password, "--role", account.role, "--name", account.name, ...secret], {
    stdio: "inherit",
  });
}
