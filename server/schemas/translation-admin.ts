import { z } from "zod";
import { type TranslatedLocale } from "@/db/schema/translations";

// What an admin sends to translate a topic, an event or a bloc into one of the five other languages
// (/admin/translations). Every field of the row, or none: all empty removes the language, and the
// pages show the English, saying so.

export const TRANSLATED_FIELDS = {
  topic: ["title", "description", "multistakeholderPole", "intergovernmentalPole"],
  event: ["name", "place"],
  bloc: ["name", "description", "coverageNote"],
} as const;
export type TranslatedKind = keyof typeof TRANSLATED_FIELDS;

/** The languages a row is translated into: the site's but English (the rows' own language). */
export const TRANSLATION_LOCALES = ["ar", "zh", "fr", "ru", "es"] as const satisfies readonly TranslatedLocale[];
const TEXT_MAX = 2000;

export const translationLocaleSchema = z.enum(TRANSLATION_LOCALES, {
  error: `Choose one of the languages other than English: ${TRANSLATION_LOCALES.join(", ")}.`,
});

export const translationInputSchema = z
  .object({
    kind: z.enum(["topic", "event", "bloc"], { error: "Say what is translated: a topic, an event or a bloc." }),
    slug: z.string().trim().min(1, { error: "Say which one (its slug)." }).max(60),
    locale: translationLocaleSchema,
    fields: z.record(
      z.string(),
      z
        .string()
        .trim()
        .max(TEXT_MAX, { error: `Keep each text to ${TEXT_MAX} characters or fewer.` }),
    ),
  })
  .superRefine((input, ctx) => {
    const names: readonly string[] = TRANSLATED_FIELDS[input.kind];
    for (const key of Object.keys(input.fields).filter((key) => !names.includes(key)))
      ctx.addIssue({
        code: "custom",
        path: ["fields", key],
        message: `A ${input.kind} has no field “${key}” to translate.`,
      });
    const filled = names.filter((name) => input.fields[name]);
    if (filled.length > 0 && filled.length < names.length)
      for (const name of names.filter((name) => !input.fields[name]))
        ctx.addIssue({
          code: "custom",
          path: ["fields", name],
          message: "Translate every field, or leave them all empty to show the English.",
        });
  });
export type TranslationInput = z.input<typeof translationInputSchema>;
