import { useTranslations } from "next-intl";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { MethodSection } from "./method-section";
import { ruleLink } from "./rule-link";

/** What the records hold that is deliberately not a stance, in general and set by set. */
export function NotCodedSection({ sets }: { sets: readonly RecordSet[] }) {
  const t = useTranslations("methodology.notCoded");
  const storedText = useStoredText();
  return (
    <MethodSection id="not-coded">
      <ul className="list-disc space-y-1 ps-5 text-slate-700">
        <li>{t("absence")}</li>
        <li>{t.rich("leaving", { rule: ruleLink(5) })}</li>
        <li>
          {t.rich("notSigning", {
            set: (chunks) => (
              <a href="#record-sets" className="underline">
                {chunks}
              </a>
            ),
          })}
        </li>
        <li>{t("noVote")}</li>
        <li>{t("undated")}</li>
      </ul>
      {/* Each record set's own words: its title, the value and why it is not coded. */}
      <ul className="space-y-1 text-sm text-slate-600">
        {sets.flatMap((set) =>
          set.notCoded.map((n) => (
            <li key={`${set.id}-${n.value}`} {...storedText}>
              {set.title}: <code>{n.value}</code> — {n.why}.
            </li>
          )),
        )}
      </ul>
    </MethodSection>
  );
}
