import { STANCES, type Stance } from "@/db/enums";
import { type Locale } from "@/server/i18n/locales";

// What each of the five stances means for one topic, built from the topic's two poles.

/** A topic's two poles; `lang`: the language they are written in, where it is known (English otherwise). */
export type Poles = { multistakeholderPole: string; intergovernmentalPole: string; lang?: Locale };

export function stanceMeaning(stance: Stance, topic: Poles): string {
  switch (stance) {
    case "multistakeholder":
      return topic.multistakeholderPole;
    case "leans_multistakeholder":
      return `Closer to the multistakeholder pole, with reservations: ${lowerFirst(topic.multistakeholderPole)}`;
    case "mixed":
      return "Elements of both poles, neither clearly preferred.";
    case "leans_intergovernmental":
      return `Closer to the intergovernmental pole, with reservations: ${lowerFirst(topic.intergovernmentalPole)}`;
    case "intergovernmental":
      return topic.intergovernmentalPole;
  }
}

/** "On this topic, multistakeholder means: …; intergovernmental means: …." — what a cell's colour means there. */
export const polesSentence = (topic: Poles) =>
  `On this topic, multistakeholder means: ${clause(topic.multistakeholderPole)}; intergovernmental means: ${clause(topic.intergovernmentalPole)}.`;

export const stanceMeanings = (topic: Poles) =>
  STANCES.map((stance) => ({ stance, meaning: stanceMeaning(stance, topic) }));

/** A pole's sentence as a clause: no full stop, a lower-case first word (not an acronym: "IXPs" stays). */
export const clause = (text: string) => lowerFirst(text.trim().replace(/\.$/, ""));

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
