import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { type Locale } from "@/server/i18n/locales";

// The fonts every picture is drawn with, shipped as npm packages (Google's Noto, OFL; TrueType, which resvg reads):
// Noto Sans for Latin and Cyrillic, with Noto Sans Arabic for Arabic and Noto Sans SC for Chinese. A picture loads
// only its language's script (the Chinese font is 10 MB a weight). Nothing is fetched from outside.

const PACKAGES = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts");

const family = (pkg: string, file: string) => [
  path.join(PACKAGES, pkg, "400Regular", `${file}_400Regular.ttf`),
  path.join(PACKAGES, pkg, "700Bold", `${file}_700Bold.ttf`),
];

const LATIN = family("noto-sans", "NotoSans");
const SCRIPT: Partial<Record<Locale, string[]>> = {
  ar: family("noto-sans-arabic", "NotoSansArabic"),
  zh: family("noto-sans-sc", "NotoSansSC"),
};

const present = new Set<string>();

/** The font files a picture in this language needs; a missing one is an error, not a picture without words. */
export function fontFilesFor(locale: Locale): string[] {
  const files = [...LATIN, ...(SCRIPT[locale] ?? [])];
  for (const file of files.filter((file) => !present.has(file))) {
    if (!existsSync(file)) throw new Error(`A picture's font is missing (${file}): run npm install.`);
    present.add(file);
  }
  return files;
}

/** The font-family list of the pictures' text (the same families in a downloaded SVG, where the reader has them). */
export const PICTURE_FONT = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', system-ui, sans-serif";
