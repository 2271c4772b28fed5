import { END_NOTE_MAX } from "@/server/schemas/proposals";
import { Field, inputClass } from "@/app/_components/field";
import { type FieldErrors, type ProposalValues } from "./proposal-values";

type EndValues = Pick<ProposalValues, "endedOn" | "endNote" | "endSource">;

type Props = {
  values: EndValues;
  errors: FieldErrors;
  today: string;
  onChange: <K extends keyof EndValues>(key: K, value: EndValues[K]) => void;
};

/** Optional: when the position stopped counting (method v2, rule 5: a membership left), what ended it, and its source — all three or none. */
export function EndFields({ values, errors, today, onChange }: Props) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-medium">The position ended</legend>
      <p className="text-sm text-slate-600">
        Optional: only for a position that stopped counting, like membership of a coalition the government has left.
        After that day the position no longer counts in the matrix. Fill in all three, or none.
      </p>
      <div className="grid gap-5 sm:grid-cols-[auto_1fr]">
        <Field id="endedOn" label="Ended on" error={errors.endedOn} hint="The day it stopped counting (YYYY-MM-DD).">
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
        <Field
          id="endNote"
          label="What ended it"
          error={errors.endNote}
          hint={`Like “Withdrew from the Freedom Online Coalition”; up to ${END_NOTE_MAX} characters.`}
        >
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
      <Field
        id="endSource"
        label="End source URL"
        error={errors.endSource}
        hint="A web page that says the position ended: a letter, an announcement, an official list."
      >
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            value={values.endSource}
            onChange={(e) => onChange("endSource", e.target.value)}
            placeholder="https://"
            className={inputClass(errors.endSource)}
          />
        )}
      </Field>
    </fieldset>
  );
}
