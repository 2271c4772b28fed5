import { useTranslations } from "next-intl";
import { clause, type Poles } from "@/server/shared/stance-meaning";
import { useWrittenIn } from "./use-stored-text";

/**
 * "On this topic, multistakeholder means: …; intergovernmental means: …." in the page's language, the poles in the
 * topic's own words: as text (a tooltip), or as markup whose text carries its language where not the page's.
 */
export function usePolesSentence() {
  const t = useTranslations("legend");
  const writtenIn = useWrittenIn();
  const text = (poles: Poles) =>
    t("poles", {
      multistakeholder: clause(poles.multistakeholderPole),
      intergovernmental: clause(poles.intergovernmentalPole),
    });
  const rich = (poles: Poles) =>
    t.rich("polesMarked", {
      multistakeholder: () => <span {...writtenIn(poles.lang)}>{clause(poles.multistakeholderPole)}</span>,
      intergovernmental: () => <span {...writtenIn(poles.lang)}>{clause(poles.intergovernmentalPole)}</span>,
    });
  return { text, rich };
}
