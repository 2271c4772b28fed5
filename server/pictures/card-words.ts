import "server-only";
import { STANCES, type Stance } from "@/db/enums";
import { type Translation } from "@/server/i18n/translation";

/** The words every card shows: the stance scale and the credit, in the card's language. */
export type CardWords = { stance: Record<Stance, string>; noPosition: string; credit: string };

export const cardWords = ({ t }: Translation): CardWords => ({
  stance: Object.fromEntries(STANCES.map((s) => [s, t(`stance.${s}`)])) as Record<Stance, string>,
  noPosition: t("charts.noPosition"),
  credit: t("site.title"),
});
