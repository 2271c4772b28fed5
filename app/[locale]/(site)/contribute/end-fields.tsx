import { useTranslations } from "next-intl";
import { END_NOTE_MAX } from "@/server/schemas/proposals";
import { Field, inputClass } from "@/app/_components/field";
import { type FieldErrors, type ProposalValues } from "./proposal-values";

/** How a date is typed, and a URL begins: the same in every language. */
export const DATE_FORMAT = "YYYY-MM-DD";
export const URL_PLACEHOLDER = "https://";

type EndValues = Pick<ProposalValues, "endedOn" | "endNote" | "endSource">;

type Props = {
  values: EndValues;
  errors: FieldErrors;
  today: string;
  onChange: <K extends keyof EndValues>(key: K, value: EndValues[K]) => void;
};

/** Optional: when the position stopped counting (method v2, rule 5: a membership left), what ended it, and its source — all three or none. */
export function EndFields({ values, errors, today, onChange }: Props) {
  const t = useTranslations("contribute.end");
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-medium">{t("legend")}</legend>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="grid gap-5 sm:grid-cols-[auto_1fr]">
        <Field
          id="endedOn"
          label={t("endedOn")}
          error={errors.endedOn}
          hint={t("endedOnHint", { format: DATE_FORMAT })}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={values.endedOn}
              onChange={(e) => onChange("endedOn", e.target.value)}
              className={inputClass(errors.endedOn)}
            />
          )}
        </Field>
        <Field id="endNote" label={t("note")} error={errors.endNote} hint={t("noteHint", { max: END_NOTE_MAX })}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.endNote}
              onChange={(e) => onChange("endNote", e.target.value)}
              className={inputClass(errors.endNote)}
            />
          )}
        </Field>
      </div>
      <Field id="endSource" label={t("source")} error={errors.endSource} hint={t("sourceHint")}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            value={values.endSource}
            onChange={(e) => onChange("endSource", e.target.value)}
            placeholder={URL_PLACEHOLDER}
            className={inputClass(errors.endSource)}
          />
        )}
      </Field>
    </fieldset>
  );
}
