import { useTranslations } from "next-intl";

/** The label server/shared/timeline.ts gives the stop at today: a word, not data. */
const TODAY = "Today";

/** A time stop's label in the page's language: a year, an event's short name or a date as they are, today in words. */
export function useStopLabel() {
  const t = useTranslations("charts");
  return (label: string) => (label === TODAY ? t("today") : label);
}
