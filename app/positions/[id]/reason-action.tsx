"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "../../_trpc/client";

type Props = { kind: "revert"; revisionId: number } | { kind: "withdraw"; positionId: number };

const TEXT = {
  revert: { open: "Revert to this version", confirm: "Revert", hint: "Why? It goes into the history and the audit log." },
  withdraw: { open: "Withdraw this position", confirm: "Withdraw", hint: "Why? The position disappears from every public view until a revert brings it back." },
};

/** A moderator's revert or withdrawal: asks for a reason, then acts. */
export function ReasonAction(props: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const done = { onSuccess: () => { setOpen(false); setReason(""); router.refresh(); } };
  const revert = useMutation(trpc.moderation.revert.mutationOptions(done));
  const withdraw = useMutation(trpc.moderation.withdrawPosition.mutationOptions(done));
  const mutation = props.kind === "revert" ? revert : withdraw;
  const text = TEXT[props.kind];
  const fieldError = mutation.error?.data?.fieldErrors?.reason?.[0];

  if (!open) {
    return (
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
        {text.open}
      </button>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (props.kind === "revert") revert.mutate({ revisionId: props.revisionId, reason });
        else withdraw.mutate({ positionId: props.positionId, reason });
      }}
    >
      <label htmlFor={id} className="block text-sm font-medium">
        Reason
      </label>
      <textarea id={id} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className="field w-full" aria-invalid={fieldError ? true : undefined} aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ""}`} />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {text.hint}
      </p>
      {fieldError && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {fieldError}
        </p>
      )}
      {mutation.error && !fieldError && (
        <p role="alert" className="text-sm text-red-700">
          {mutation.error.message}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={mutation.isPending}>
          {text.confirm}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
