import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { type TestProject } from "vitest/node";
import { type DatabaseTemplates } from "./database-templates";

// Vitest's global setup: builds the run's database templates once, before any test file, and
// drops them after the last (server/testing/database-templates.ts). The building runs in a
// process of its own under tsx, which loads the app's modules (JSON data included) as the CLIs do.

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates | undefined;
  }
}

export default async function setup(project: TestProject) {
  const dir = path.join(os.tmpdir(), `stance-atlas-templates-${process.pid}`);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const builder = spawn(tsx, ["--conditions=react-server", "server/testing/build-templates.ts", dir], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const templates = await new Promise<DatabaseTemplates>((resolve, reject) => {
    const lines = createInterface({ input: builder.stdout });
    let last = "";
    lines.on("line", (line) => {
      last = line;
      if (line.startsWith("{")) resolve(JSON.parse(line) as DatabaseTemplates);
    });
    builder.on("exit", (code) =>
      reject(new Error(`Building the test databases' templates failed (exit ${code}): ${last}`)),
    );
  });
  project.provide("databaseTemplates", templates);
  return async () => {
    const exited = new Promise((resolve) => builder.on("exit", resolve));
    builder.stdin.end(); // the builder drops the templates, then exits
    await exited;
  };
}
