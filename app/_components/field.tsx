import { type ReactNode } from "react";
import { useErrorText } from "./error-messages";

export type FieldControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Renders the input, select or textarea with the ids that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
};

/** A form field's label, hint and error (as text next to it, with aria-invalid and aria-describedby) around any control. */
export function Field({ id, label, error, hint, children }: Props) {
  const errorText = useErrorText();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </div>
      )}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}

export const inputClass = (error?: string) =>
  `w-full min-w-0 rounded-md border bg-white px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`;
