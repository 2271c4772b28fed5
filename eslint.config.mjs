import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import i18next from "eslint-plugin-i18next";

// The site speaks the six UN languages (docs/languages.md): its words come from server/i18n/messages/, so an English
// word typed into any page's or component's markup fails lint (the preview-image cards, drawn for one language so far,
// are the exception).
const TRANSLATED = ["app/**/*.tsx"];
const NOT_YET_TRANSLATED = ["app/_charts/cards/**"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: TRANSLATED,
    ignores: NOT_YET_TRANSLATED,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["aria-label", "title", "placeholder", "alt", "label"] },
          // A translator is `t` or `tSomething` (tLegend): what it is called with is a message key.
          callees: {
            exclude: ["t([A-Z]\\w*)?", "t([A-Z]\\w*)?\\.(rich|markup|raw|has)", "getTranslations", "useTranslations"],
          },
          words: { exclude: ["[0-9!-/:-@[-`{-~·•◀▶●–—✕×“”→]+", "[A-Z_-]+", "Stance Atlas", "CC BY 4.0"] },
          message:
            "Words on a translated page come from server/i18n/messages/ (docs/languages.md): add a message, use t().",
        },
      ],
    },
  },
  // Imports point down the layers only: app → server → db (docs/ARCHITECTURE.md). A back arrow
  // fails lint with where the code belongs instead.
  {
    files: ["server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app(/|$)",
              message:
                "server/ never imports app/: move what both need to server/ (URL state: server/shared/url-state/; pictures' sizes: server/http/card-size.ts) and let app/ import it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app(/|$)",
              message: "db/ never imports app/.",
            },
            {
              regex: "^(\\.\\./)+server/",
              message: "db/ imports server/shared, server/schemas and server/env by their @/ names only.",
            },
            {
              regex: "^@/server/(?!shared/|schemas/|env$)",
              message:
                "db/ is the bottom layer: it may use server/shared, server/schemas and server/env only. Code that needs services, the API, auth, the cache or HTTP belongs in server/ (the full seed: server/services/seed.ts; the test database with the dataset: server/testing/database.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/shared/**", "server/schemas/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)app(/|$)",
              message: "server/ never imports app/.",
            },
            {
              regex: "^@/server/(?!shared/|schemas/|env$|i18n/locales$)",
              message:
                "server/shared and server/schemas are plain rules and shapes that db/ may use too: they import no services, API, auth, cache or HTTP code (the list of languages, server/i18n/locales.ts, is such a rule).",
            },
          ],
        },
      ],
    },
  },
  {
    // Pictures made with next/og: satori draws a plain <img>, not next/image.
    files: ["app/_charts/cards/**", "app/og/**"],
    rules: { "@next/next/no-img-element": "off" },
  },
  // Formatting is Prettier's (prettier.config.mjs): no lint rule argues with it.
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    ".test-data/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
