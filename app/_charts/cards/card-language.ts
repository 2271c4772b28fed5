import "server-only";
import { CARD_WIDTH } from "@/server/http/card-size";
import { formatDay } from "@/server/i18n/dates";
import { type Locale } from "@/server/i18n/locales";
import { translationIn } from "@/server/i18n/translation";
import { cardWords } from "@/server/pictures/card-words";
import { type ShapeTitle } from "../topic-map";
import { flowOf } from "./card-flow";

/** What a picture needs of its language: its words, its reading direction, and how it writes days (app/_components/use-dates.ts). */
export async function cardLanguage(locale: Locale) {
  const translation = await translationIn(locale);
  const { t } = translation;
  const day = (date: string) => formatDay(locale, date);
  return {
    locale,
    t,
    flow: flowOf(locale, CARD_WIDTH),
    words: cardWords(translation),
    day,
    /** A map shape's title on hover: a government's stance, or that it is no UN member or observer. */
    shapeTitle: ((name, government, stance, contested) =>
      !government
        ? t("matrix.mapNotMember", { name })
        : stance
          ? t("matrix.mapStance", {
              name: government.name,
              stance: t(`stance.${stance}`),
              contested: contested ? "yes" : "no",
            })
          : t("matrix.mapNoPosition", { name: government.name })) satisfies ShapeTitle,
    /** A span of days, or the one day. */
    period: (start: string, end: string) =>
      start === end ? day(start) : t("dates.period", { start: day(start), end: day(end) }),
  };
}

export type CardLanguage = Awaited<ReturnType<typeof cardLanguage>>;
