import { type FormState } from "./form-state";

type Props = {
  name: string;
  label: string;
  state: FormState;
  type?: string;
  autoComplete?: string;
  hint?: string;
};

/** A labelled input that shows its error as text next to it (aria-invalid + aria-describedby) and keeps what was typed. */
export function FormField({ name, label, state, type = "text", autoComplete, hint }: Props) {
  const error = state.fieldErrors[name];
  const describedBy = [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={state.values[name] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded-md border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`}
      />
      {error && (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The summary above a form: every problem, announced to screen readers. */
export function FormErrors({ state }: { state: FormState }) {
  const messages = [state.formError, ...Object.values(state.fieldErrors)].filter(Boolean);
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">{state.formError ?? "Please correct the following:"}</p>
      {state.formError ? null : (
        <ul className="list-disc pl-5">
          {Object.entries(state.fieldErrors).map(([field, message]) => message && <li key={field}>{message}</li>)}
        </ul>
      )}
    </div>
  );
}
