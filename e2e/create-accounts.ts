import { runCli, loadEnv, withDatabase } from "@/server/cli/run-cli";
import { enrolWithSecret } from "@/server/services/second-factor";
import { createUser } from "@/server/services/users";
import { ATTEMPTS, CONTRIBUTORS, type ContributorLabel, contributorEmail, contributorName, PASSWORD } from "./accounts";
import { STAFF, UNENROLLED_MODERATOR } from "./staff";

// The accounts an end-to-end server starts with, in whatever database the environment names, made in
// one process with the services `npm run user:create` uses: the staff (an admin cannot sign up), with
// their second factors, and each spec's contributors (e2e/accounts.ts).

void runCli(async () => {
  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    for (const account of [...Object.values(STAFF), UNENROLLED_MODERATOR]) {
      const user = await createUser(handle.db, account);
      if ("totpSecret" in account) await enrolWithSecret(handle.db, user.id, account.totpSecret);
    }
    for (const label of Object.keys(CONTRIBUTORS) as ContributorLabel[]) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const email = contributorEmail(label, attempt);
        await createUser(handle.db, {
          email,
          password: PASSWORD,
          name: contributorName(label, attempt),
          role: "contributor",
        });
      }
    }
  });
});
