import { useTranslations } from "next-intl";
import { clause, type Poles } from "@/server/shared/stance-meaning";
import { useStoredText } from "./use-stored-text";

/**
 * "On this topic, multistakeholder means: …; intergovernmental means: …." in the page's language, the poles in the
 * record's own words: as text (a tooltip), or as markup whose stored English carries its language.
 */
export function usePolesSentence() {
  const t = useTranslations("legend");
  const storedText = useStoredText();
  const text = (poles: Poles) =>
    t("poles", {
      multistakeholder: clause(poles.multistakeholderPole),
      intergovernmental: clause(poles.intergovernmentalPole),
    });
  const rich = (poles: Poles) =>
    t.rich("polesMarked", {
      multistakeholder: () => <span {...storedText}>{clause(poles.multistakeholderPole)}</span>,
      intergovernmental: () => <span {...storedText}>{clause(poles.intergovernmentalPole)}</span>,
    });
  return { text, rich };
}
