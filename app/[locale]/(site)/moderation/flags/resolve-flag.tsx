"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";
import { FLAG_OUTCOMES } from "@/server/schemas/contests";

type Outcome = (typeof FLAG_OUTCOMES)[number];

/** Resolves one flag: an outcome and a note (the reader who flagged it sees it). */
export function ResolveFlag({ flagId, what }: { flagId: number; what: string }) {
  const t = useTranslations("moderation.flags");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>("dismissed");
  const [note, setNote] = useState("");
  const resolve = useMutation(trpc.flags.resolve.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = mutationErrors(resolve.error);
  return (
    <form
      className="space-y-3 border-t border-slate-200 pt-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate({ flagId, outcome, note });
      }}
    >
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">{t("resolveLegend", { what })}</legend>
        {FLAG_OUTCOMES.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-outcome`} checked={outcome === value} onChange={() => setOutcome(value)} />
            {t("outcome", { outcome: value })}
          </label>
        ))}
      </fieldset>
      <Field id={`${id}-note`} label={t("note")} error={errors.fieldErrors.note} hint={t("noteHint")}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={inputClass(errors.fieldErrors.note)}
          />
        )}
      </Field>
      <button type="submit" className="btn-primary" disabled={resolve.isPending}>
        {t("resolve")}
      </button>
      {errors.formError && (
        <p role="alert" className="text-sm text-red-700">
          {errors.formError}
        </p>
      )}
    </form>
  );
}
