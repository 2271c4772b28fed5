import fs from "node:fs";
import path from "node:path";

// `npm start` builds when there is no production build or a source file (not a test) is newer than it.
// Next compiles the proxy and instrumentation files from the project's root into the build too.
export const BUILD_SOURCES = [
  "app",
  "server",
  "db",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  // Tests are not part of the build: editing one must not make every server started next rebuild.
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function needsBuild(root: string): boolean {
  let built: number;
  try {
    built = fs.statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return true;
  }
  return BUILD_SOURCES.some((entry) => newestMtime(path.join(root, entry)) > built);
}
