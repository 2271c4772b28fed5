import { useTranslations } from "next-intl";
import { useErrorText } from "./error-messages";
import { Field, inputClass } from "./field";
import { type FormState } from "@/server/shared/form-state";

type Props = {
  name: string;
  label: string;
  state: FormState;
  type?: string;
  autoComplete?: string;
  hint?: string;
};

/** A labelled input of a server-action form: shows its error next to it and keeps what was typed. */
export function FormField({ name, label, state, type = "text", autoComplete, hint }: Props) {
  const error = state.fieldErrors[name];
  return (
    <Field id={name} label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={state.values[name] ?? ""}
          className={inputClass(error)}
        />
      )}
    </Field>
  );
}

/** The summary above a form: every problem, announced to screen readers. */
export function FormErrors({ state }: { state: Pick<FormState, "fieldErrors" | "formError"> }) {
  const t = useTranslations("forms");
  const errorText = useErrorText();
  const messages = [state.formError, ...Object.values(state.fieldErrors)].filter(Boolean);
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">{state.formError ? errorText(state.formError) : t("correctFollowing")}</p>
      {state.formError ? null : (
        <ul className="list-disc ps-5">
          {Object.entries(state.fieldErrors).map(
            ([field, message]) => message && <li key={field}>{errorText(message)}</li>,
          )}
        </ul>
      )}
    </div>
  );
}
