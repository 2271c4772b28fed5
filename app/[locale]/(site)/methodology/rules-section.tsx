import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useDates } from "@/app/_components/use-dates";
import { METHOD_RULES, METHOD_V2_REASON_PREFIX, METHOD_VERSION, ruleAnchor } from "@/server/shared/method-rules";
import { type RecordCurrency } from "@/server/services/record-currency";
import { MethodSection } from "./method-section";
import { ruleLink } from "./rule-link";

/**
 * The seven rules of the method in force, what each changed, and how the change reached the data (rule 7). Each rule's
 * words are in the messages (methodology.rules.list.rule<n>), worded as server/shared/method-rules.ts words them.
 */
export function RulesSection({ recoded }: { recoded: RecordCurrency["recoded"] }) {
  const t = useTranslations("methodology.rules");
  const { day } = useDates();
  const firstOn = recoded.positions > 0 ? recoded.firstOn : null;
  return (
    <MethodSection id="rules">
      <p className="text-slate-700">{t("intro", { version: METHOD_VERSION.number })}</p>
      <ol aria-label={t("listName")} className="list-decimal space-y-3 ps-6 marker:font-semibold">
        {METHOD_RULES.map(({ number }) => {
          const rule = `rule${number}` as const;
          return (
            <li key={number} id={ruleAnchor(number)} className="scroll-mt-4 ps-1">
              <p className="font-semibold">{t(`list.${rule}.title`)}</p>
              <p className="text-slate-700">{t(`list.${rule}.text`)}</p>
              <p className="text-sm text-slate-600">
                <span className="font-medium">{t("changedLabel")}</span> {t(`list.${rule}.changed`)}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="text-slate-700">
        {t.rich("record", {
          prefix: METHOD_V2_REASON_PREFIX,
          recoded: firstOn ? "yes" : "no",
          count: recoded.positions,
          first: firstOn ? day(firstOn) : "",
          rule: ruleLink(7),
          release: (chunks) => (
            <Link href="/data" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </MethodSection>
  );
}
