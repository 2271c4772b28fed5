import { parseArgs } from "node:util";
import { roleSchema } from "@/server/schemas/users";
import { isTotpSecret } from "@/server/auth/totp";
import { enrolWithSecret, secondFactorStatus } from "@/server/services/second-factor";
import { createUser, updateUser } from "@/server/services/users";
import { loadEnv, runIfProgram, UsageError, withDatabase } from "./run-cli";

// `npm run user:create -- --email E --password P --role contributor|moderator|admin [--name N] [--totp-secret BASE32] [--update]`
const USAGE =
  "Usage: npm run user:create -- --email E --password P [--role contributor|moderator|admin] [--name N] [--totp-secret BASE32] [--update]";

export async function userCreate(args: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: "string" },
        password: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        "totp-secret": { type: "string" },
        update: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { email, password, name, update } = values;
  const totpSecret = values["totp-secret"];
  const role = roleSchema.optional().parse(values.role);
  if (!email) throw new UsageError(`--email is required.\n${USAGE}`);
  if (!update && !password) throw new UsageError(`--password is required.\n${USAGE}`);
  if (totpSecret !== undefined && !isTotpSecret(totpSecret))
    throw new UsageError(`--totp-secret must be base32 (A–Z, 2–7) of at least 26 characters (128 bits).\n${USAGE}`);

  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    const user = update
      ? await updateUser(handle.db, { email, password, role, name })
      : await createUser(handle.db, { email, password: password ?? "", role, name });
    console.log(
      update ? `Updated ${user.email} (role ${user.role}).` : `Created ${user.email} with role ${user.role}.`,
    );
    if (totpSecret) {
      const codes = await enrolWithSecret(handle.db, user.id, totpSecret);
      console.log(
        `Two-factor authentication is on. Recovery codes (each works once; keep them safe):\n${codes.join("\n")}`,
      );
    } else if (user.role !== "contributor" && !(await secondFactorStatus(handle.db, user.id)).enabled) {
      console.log(
        `Until they turn on two-factor authentication (on /me, or here with --totp-secret), ${user.email} acts as a contributor.`,
      );
    }
  });
}

runIfProgram(import.meta.url, userCreate);
