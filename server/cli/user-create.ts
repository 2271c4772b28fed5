import { parseArgs } from "node:util";
import { roleSchema } from "@/server/schemas/users";
import { createUser, updateUser } from "@/server/services/users";
import { loadEnv, runCli, UsageError, withDatabase } from "./run-cli";

// `npm run user:create -- --email E --password P --role contributor|moderator|admin [--name N] [--update]`
const USAGE =
  "Usage: npm run user:create -- --email E --password P [--role contributor|moderator|admin] [--name N] [--update]";

void runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        password: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        update: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { email, password, name, update } = values;
  const role = roleSchema.optional().parse(values.role);
  if (!email) throw new UsageError(`--email is required.\n${USAGE}`);
  if (!update && !password) throw new UsageError(`--password is required.\n${USAGE}`);

  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    if (update) {
      const user = await updateUser(handle.db, { email, password, role, name });
      console.log(`Updated ${user.email} (role ${user.role}).`);
    } else {
      const user = await createUser(handle.db, { email, password: password ?? "", role, name });
      console.log(`Created ${user.email} with role ${user.role}.`);
    }
  });
});
