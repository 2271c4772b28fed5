import { STANCES, type Stance } from "@/db/enums";

// What each of the five stances means for one topic, built from the topic's two poles.

export type Poles = { multistakeholderPole: string; intergovernmentalPole: string };

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

export const stanceMeanings = (topic: Poles) => STANCES.map((stance) => ({ stance, meaning: stanceMeaning(stance, topic) }));

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
