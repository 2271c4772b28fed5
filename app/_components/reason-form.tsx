"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "./error-messages";

type Props = {
  /** The submit button's name ("Reject", "Revert", "Confirm ban"). */
  confirm: string;
  hint: string;
  pending: boolean;
  /** The server's message for the reason field, shown next to it. */
  reasonError?: string;
  /** Any other failure, announced. */
  error?: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

/** The "why?" step of a moderator's or admin's action: a Reason field, its error, confirm and cancel. */
export function ReasonForm({ confirm, hint, pending, reasonError, error, onSubmit, onCancel }: Props) {
  const t = useTranslations("forms");
  const errorText = useErrorText();
  const id = useId();
  const [reason, setReason] = useState("");
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(reason);
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {t("reason")}
      </label>
      <textarea
        id={id}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        className="field w-full"
        aria-invalid={reasonError ? true : undefined}
        aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {reasonError && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errorText(reasonError)}
        </p>
      )}
      {error && !reasonError && (
        <p role="alert" className="text-sm text-red-700">
          {errorText(error)}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {confirm}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
