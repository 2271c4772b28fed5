"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import Link from "@/app/_components/link";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";
import { FLAG_REASON_MAX } from "@/server/schemas/contests";

/** A signed-in reader says what may be wrong with a position; a moderator resolves the flag. */
export function FlagForm({ positionId }: { positionId: number }) {
  const t = useTranslations("flag");
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const flag = useMutation(trpc.flags.flag.mutationOptions());
  const errors = mutationErrors(flag.error);

  if (flag.isSuccess) {
    return (
      <section role="status" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5">
        <h2 className="text-xl font-semibold">{t("sent")}</h2>
        <p>{t("sentExplain")}</p>
        <div className="flex flex-wrap gap-3">
          <Link className="btn-primary" href={`/positions/${positionId}`}>
            {t("back")}
          </Link>
          <Link className="btn-secondary" href="/me">
            {t("account")}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <form
      className="max-w-2xl space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        flag.mutate({ positionId, reason });
      }}
    >
      <FormErrors state={errors} />
      <Field
        id="reason"
        label={t("reason")}
        error={errors.fieldErrors.reason}
        hint={t("reasonHint", { max: FLAG_REASON_MAX })}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={inputClass(errors.fieldErrors.reason)}
          />
        )}
      </Field>
      <button type="submit" className="btn-primary" disabled={flag.isPending}>
        {flag.isPending ? t("sending") : t("send")}
      </button>
    </form>
  );
}
