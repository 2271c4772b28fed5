import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { codedFiles, POSITIONS_DIR } from "@/db/dataset/code-records";
import { runCli } from "./run-cli";

// `npm run dataset:code [-- --check]`: codes the facts in db/dataset/records/ into the
// reference dataset's files (db/dataset/positions/), or with --check says whether the
// committed files are what the coding table makes of the facts (exit 1 if not).

void runCli(async () => {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const file of codedFiles()) {
    const target = path.join(POSITIONS_DIR, file.name);
    const current = (() => {
      try {
        return readFileSync(target, "utf8");
      } catch {
        return null;
      }
    })();
    if (current === file.text) continue;
    stale.push(file.name);
    if (!check) writeFileSync(target, file.text);
  }
  if (check && stale.length) {
    console.error(`Out of date with the coding table: ${stale.join(", ")}. Run npm run dataset:code.`);
    process.exitCode = 1;
  } else console.log(stale.length ? `Wrote ${stale.join(", ")}.` : "Every coded file is up to date.");
});
