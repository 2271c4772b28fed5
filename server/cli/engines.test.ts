import fs from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

// `npm install` on the oldest Node.js the project declares must not warn EBADENGINE: every package in
// the lock file accepts it (and the Node.js running the tests).

const declared = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe("the declared Node.js engines", () => {
  it.each([semver.minVersion(declared)?.version ?? "none", process.versions.node])(
    "every locked package accepts Node.js %s",
    (version) => {
      expect(semver.satisfies(process.versions.node, declared)).toBe(true);
      const refusing = Object.entries(lock.packages)
        .map(([name, info]) => [name, Array.isArray(info.engines) ? undefined : info.engines?.node] as const)
        .filter(([name, range]) => name && range && !semver.satisfies(version, range))
        .map(([name, range]) => `${name} (${range})`);
      expect(refusing).toEqual([]);
    },
  );
});
