import { spawn } from "node:child_process";
import path from "node:path";
import { format } from "node:util";
import { type Command, runCommand } from "./run-cli";

// Runs a CLI command for a test: as a program, the way `npm run` does (tsx, react-server condition),
// or in the test's own process, which is seconds faster and sees the same output and exit code.
export type ScriptResult = { code: number | null; stdout: string; stderr: string };

export function runScript(script: string, args: string[], env: Record<string, string>): Promise<ScriptResult> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, ["--conditions=react-server", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** Runs `command` here with `env` set and console output captured; one at a time per process. */
export async function runInProcess(
  command: Command,
  args: string[],
  env: Record<string, string>,
): Promise<ScriptResult> {
  const { log, error } = console;
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  let stdout = "";
  let stderr = "";
  console.log = (...parts: unknown[]) => void (stdout += `${format(...parts)}\n`);
  console.error = (...parts: unknown[]) => void (stderr += `${format(...parts)}\n`);
  Object.assign(process.env, env);
  try {
    return { code: await runCommand(command, args), stdout, stderr };
  } finally {
    Object.assign(console, { log, error });
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}
