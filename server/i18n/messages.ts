import { type Locale } from "./locales";
import type en from "./messages/en.json";

// The interface's words, one file per language (server/i18n/messages/*.json, English the source). Each page loads
// its own language's file only. The translations are the project's own; corrections are welcome (the footer says so).

export type Messages = typeof en;

const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("./messages/en.json"),
  ar: () => import("./messages/ar.json"),
  zh: () => import("./messages/zh.json"),
  fr: () => import("./messages/fr.json"),
  ru: () => import("./messages/ru.json"),
  es: () => import("./messages/es.json"),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await LOADERS[locale]()).default;
}

/** What client components read: sent to the browser with the page, in its language only. */
export const clientMessages = (messages: Messages) => {
  const { languages, matrix, cell, stance, evidenceKind, evidenceMeaning, legend, dates } = messages;
  const { account, downloads, embed, copy, watch, positionNotes, charts, errors, stanceDistribution } = messages;
  return {
    languages,
    matrix,
    cell,
    stance,
    evidenceKind,
    evidenceMeaning,
    legend,
    dates,
    account,
    downloads,
    embed,
    copy,
    watch,
    positionNotes,
    charts,
    errors,
    stanceDistribution,
  };
};
