import { useTranslations } from "next-intl";
import { TODAY_LABEL } from "@/server/shared/timeline";

/** A time stop's label in the page's language: a year, an event's short name or a date as they are, today in words. */
export function useStopLabel() {
  const t = useTranslations("charts");
  return (label: string) => (label === TODAY_LABEL ? t("today") : label);
}
