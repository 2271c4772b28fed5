// A form's error message in the page's language. The messages are written in English where they are made (the zod
// schemas, which the forms and the server share, and the services); a catalogue per language
// (server/i18n/errors/<lang>.json) gives each its translation, keyed by the English as gettext does. A message with
// a part of its own (what the reader typed, a date) is catalogued with that part as a {placeholder}. A message the
// catalogue lacks is shown as it is.

export type ErrorCatalog = Readonly<Record<string, string>>;

type Template = { pattern: RegExp; names: string[]; translated: string };

const PLACEHOLDER = /\{(\w+)\}/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const compiled = new WeakMap<ErrorCatalog, Template[]>();

function templatesOf(catalog: ErrorCatalog): Template[] {
  let templates = compiled.get(catalog);
  if (!templates) {
    templates = Object.entries(catalog)
      .filter(([english]) => PLACEHOLDER.test(english))
      .map(([english, translated]) => {
        const names: string[] = [];
        const parts = english.split(/(\{\w+\})/).map((part) => {
          const name = PLACEHOLDER.exec(part)?.[1];
          if (!name || part !== `{${name}}`) return escapeRegExp(part);
          names.push(name);
          return "(.+?)";
        });
        return { pattern: new RegExp(`^${parts.join("")}$`, "s"), names, translated };
      });
    compiled.set(catalog, templates);
  }
  return templates;
}

/** The message in the catalogue's language: as catalogued, or by a template with its parts put back; else as it is. */
export function errorIn(catalog: ErrorCatalog, message: string): string {
  const exact = catalog[message];
  if (exact) return exact;
  for (const { pattern, names, translated } of templatesOf(catalog)) {
    const match = pattern.exec(message);
    if (match) return names.reduce((text, name, i) => text.replaceAll(`{${name}}`, match[i + 1] ?? ""), translated);
  }
  return message;
}
