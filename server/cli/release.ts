import { parseArgs } from "node:util";
import { publishRelease } from "@/server/services/releases";
import { siteUrl } from "@/server/shared/site-url";
import { loadEnv, runCli, UsageError, withDatabase } from "./run-cli";

// `npm run release -- --note "…"`: publishes a data release of every approved position as it
// stands (like an admin on /admin/releases), and prints its number, counts, changes and checksums.
const USAGE = 'Usage: npm run release -- --note "What this release is"';

void runCli(async () => {
  let note: string | undefined;
  try {
    ({
      values: { note },
    } = parseArgs({ options: { note: { type: "string" } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (note === undefined) throw new UsageError(`--note is required.\n${USAGE}`);
  loadEnv();
  await withDatabase(async (handle) => {
    await handle.migrate();
    const release = await publishRelease(handle.db, { note }, null, siteUrl());
    const { added, changed, withdrawn } = release.changelog;
    console.log(
      `Published release ${release.version}: ${release.positions} positions of ${release.governments} governments on ${release.topics} topics, from ${release.sources} sources.`,
    );
    console.log(
      `Since ${release.changelog.previous ? `release ${release.changelog.previous}` : "the start"}: ${added.length} added, ${changed.length} changed, ${withdrawn.length} withdrawn.`,
    );
    for (const file of release.files) console.log(`${file.url}  ${file.bytes} bytes  sha256 ${file.sha256}`);
  });
});
