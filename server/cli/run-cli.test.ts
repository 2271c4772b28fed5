import { afterEach, describe, expect, it } from "vitest";
import { runCli, runIfProgram, UsageError } from "./run-cli";

// The exit code a CLI command leaves: what an operator's script (or CI) sees.
describe("runCli", () => {
  const quiet = console.error;
  afterEach(() => {
    process.exitCode = undefined;
    console.error = quiet;
  });

  it("keeps an exit code the command set itself (db:seed after a failed dataset file)", async () => {
    await runCli(async () => {
      process.exitCode = 1;
    });
    expect(process.exitCode).toBe(1);
  });

  it("exits with the code the command returns, and 2 with one line for a user's mistake", async () => {
    await runCli(async () => 1);
    expect(process.exitCode).toBe(1);
    const lines: string[] = [];
    console.error = (line: string) => void lines.push(line);
    await runCli(async () => {
      throw new UsageError("Give exactly one CSV file.");
    });
    expect(process.exitCode).toBe(2);
    expect(lines).toEqual(["Error: Give exactly one CSV file."]);
  });

  it("runs a command only when its file is the program, and never fails to load where the program is no file", async () => {
    const argv = process.argv;
    let ran = 0;
    try {
      runIfProgram(import.meta.url, async () => void ran++); // the program here is Vitest's worker
      process.argv = [argv[0] ?? "node", "[eval]"];
      runIfProgram(import.meta.url, async () => void ran++);
      process.argv = [argv[0] ?? "node", new URL(import.meta.url).pathname, "--flag"];
      runIfProgram(import.meta.url, async (args) => void (ran += args.length * 10));
    } finally {
      process.argv = argv;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toBe(10);
  });
});
