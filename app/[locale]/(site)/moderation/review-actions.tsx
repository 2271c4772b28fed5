"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type ContentField } from "@/server/shared/revision-fields";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorText } from "@/app/_components/error-messages";

const SIDES = ["current", "proposal"] as const;
type Take = Partial<Record<ContentField, "current" | "proposal">>;
type Props = { revisionId: number; what: string; conflictFields: ContentField[] | null };

/** Approve, or reject with a reason; for a stale proposal, approve after choosing per field. */
export function ReviewActions({ revisionId, what, conflictFields }: Props) {
  const t = useTranslations("moderation.review");
  const tRevision = useTranslations("revision");
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
          <legend className="text-sm font-semibold">{t("keepLegend")}</legend>
          {conflictFields.map((field) => (
            <div
              key={field}
              role="radiogroup"
              aria-label={t("fieldOf", { field: tRevision(`field.${field}`), what })}
              className="flex flex-wrap items-center gap-4 text-sm"
            >
              <span className="w-24 font-medium">{tRevision(`field.${field}`)}</span>
              {SIDES.map((side) => (
                <label key={side} className="inline-flex items-center gap-1">
                  <input
                    type="radio"
                    name={`${revisionId}-${field}`}
                    checked={take[field] === side}
                    onChange={() => setTake((t) => ({ ...t, [field]: side }))}
                  />
                  {t("side", { side })}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      )}
      {rejecting ? (
        <ReasonForm
          confirm={t("reject")}
          hint={t("rejectHint")}
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
            {t("approve", { choices: conflictFields ? "yes" : "no" })}
          </button>
          <button type="button" className="btn-secondary" disabled={busy} onClick={() => setRejecting(true)}>
            {t("reject")}
          </button>
        </div>
      )}
      {approve.error && (
        <p role="alert" className="text-sm text-red-700">
          <ErrorText message={approve.error.message} />
        </p>
      )}
    </div>
  );
}
