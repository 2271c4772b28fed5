import { spawn } from "node:child_process";
import path from "node:path";

// Runs one of the CLI scripts the way `npm run` does (tsx, react-server condition), for tests.
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
