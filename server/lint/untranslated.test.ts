import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Every page takes its words from server/i18n/messages/ (docs/languages.md): the lint rule in eslint.config.mjs fails
// English typed into markup anywhere in app/ but the preview-image cards.

const eslint = new ESLint();

async function untranslated(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "i18next/no-literal-string").map((m) => m.message);
}

const component = (body: string) =>
  `import { useTranslations } from "next-intl";\nexport function X() {\n  const t = useTranslations("matrix");\n  return ${body};\n}\n`;

describe("the untranslated-words rule", () => {
  it("fails English text and labels typed into a translated page", async () => {
    const path = "app/[locale]/(site)/matrix/example.tsx";
    expect(await untranslated(path, component("<p>Loading the matrix…</p>"))).toEqual([
      expect.stringMatching(/server\/i18n\/messages/),
    ]);
    expect(await untranslated(path, component('<button aria-label="Close">✕</button>'))).toHaveLength(1);
  });

  it("passes messages, symbols and names, and leaves the preview-image cards (one language so far) alone", async () => {
    const path = "app/[locale]/(site)/matrix/example.tsx";
    expect(
      await untranslated(path, component('<p title={t("title")}>{t("intro")} · <i>●</i> <b>Stance Atlas</b></p>')),
    ).toEqual([]);
    expect(await untranslated("app/_charts/cards/example-card.tsx", component("<p>Method</p>"))).toEqual([]);
    expect(await untranslated("app/[locale]/(site)/admin/example.tsx", component("<p>Users</p>"))).toHaveLength(1);
  });
});
