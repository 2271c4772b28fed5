import { execFileSync } from "node:child_process";
import { STAFF } from "./staff";

// Creates the staff accounts through the real CLI, in whatever database the environment names.
for (const account of Object.values(STAFF)) {
  execFileSync("npm", ["run", "-s", "user:create", "--", "--email", account.email, "--password", account.password, "--role", account.role, "--name", account.name], {
    stdio: "inherit",
  });
}
