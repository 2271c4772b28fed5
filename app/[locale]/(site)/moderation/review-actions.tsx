"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type ContentField, FIELD_LABEL } from "@/server/shared/revision-fields";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

type Take = Partial<Record<ContentField, "current" | "proposal">>;
type Props = { revisionId: number; what: string; conflictFields: ContentField[] | null };

/** Approve, or reject with a reason; for a stale proposal, approve after choosing per field. */
export function ReviewActions({ revisionId, what, conflictFields }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [take, setTake] = useState<Take>(() => Object.fromEntries((conflictFields ?? []).map((f) => [f, "proposal"])));
  const done = { onSuccess: () => router.refresh() };
  const approve = useMutation(trpc.moderation.approve.mutationOptions(done));
  const reject = useMutation(trpc.moderation.reject.mutationOptions(done));
  const busy = approve.isPending || reject.isPending;
  const reasonError = reject.error?.data?.fieldErrors?.reason?.[0];

  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      {conflictFields && conflictFields.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Keep, for each field that differs:</legend>
          {conflictFields.map((field) => (
            <div
              key={field}
              role="radiogroup"
              aria-label={`${FIELD_LABEL[field]} of ${what}`}
              className="flex flex-wrap items-center gap-4 text-sm"
            >
              <span className="w-24 font-medium">{FIELD_LABEL[field]}</span>
              {(["current", "proposal"] as const).map((side) => (
                <label key={side} className="inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${revisionId}-${field}`}
                    checked={take[field] === side}
                    onChange={() => setTake((t) => ({ ...t, [field]: side }))}
                  />
                  {side === "current" ? "the current version" : "the proposal"}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      {rejecting ? (
        <ReasonForm
          confirm="Reject"
          hint="The author sees this reason."
          pending={busy}
          reasonError={reasonError}
          error={reject.error?.message}
          onSubmit={(reason) => reject.mutate({ revisionId, reason })}
          onCancel={() => setRejecting(false)}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            onClick={() => approve.mutate(conflictFields ? { revisionId, take } : { revisionId })}
          >
            {conflictFields ? "Approve with these choices" : "Approve"}
          </button>
          <button type="button" className="btn-secondary" disabled={busy} onClick={() => setRejecting(true)}>
            Reject
          </button>
        </div>
      )}
      {approve.error && (
        <p role="alert" className="text-sm text-red-700">
          {approve.error.message}
        </p>
      )}
    </div>
  );
}
