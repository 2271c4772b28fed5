import { afterEach, describe, expect, it } from "vitest";
import { runCli, UsageError } from "./run-cli";

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
});
