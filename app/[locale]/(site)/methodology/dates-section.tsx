import { useTranslations } from "next-intl";
import { useDates } from "@/app/_components/use-dates";
import { type DatePrecision } from "@/db/enums";
import { MethodSection } from "./method-section";
import { ruleLink } from "./rule-link";

/** The four precisions of a date, each with an example date shown as the page's language shows it. */
const PRECISIONS = [
  { key: "day", precision: "day", example: "2014-05-16" },
  { key: "month", precision: "month", example: "2014-05-31" },
  { key: "year", precision: "year", example: "2014-12-31" },
  { key: "onOrBefore", precision: "on_or_before", example: "2019-09-16" },
] as const satisfies readonly { key: string; precision: DatePrecision; example: string }[];

/** The as-of rule, the four precisions of a date (rule 4), and positions that end (rule 5). */
export function DatesSection() {
  const t = useTranslations("methodology.dates");
  const { statedOn } = useDates();
  return (
    <MethodSection id="dates">
      <p className="text-slate-700">
        {t.rich("asOf", { strong: (chunks) => <strong>{chunks}</strong>, rule: ruleLink(4) })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-2">
        {PRECISIONS.map((p) => (
          <div key={p.key} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="font-medium">
              {t.rich("precision", {
                name: t(`precisions.${p.key}.name`),
                example: statedOn(p.example, p.precision),
                shown: (chunks) => <span className="font-normal text-slate-600">{chunks}</span>,
              })}
            </dt>
            <dd className="mt-1 text-sm text-slate-700">{t(`precisions.${p.key}.meaning`)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="text-lg font-semibold">{t("endingTitle")}</h3>
      <p className="text-slate-700">
        {t.rich("ending", { rule: ruleLink(5), code: (chunks) => <code>{chunks}</code> })}
      </p>
    </MethodSection>
  );
}
