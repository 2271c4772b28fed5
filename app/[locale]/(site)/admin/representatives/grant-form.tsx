"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";

type Props = { governments: { iso3: string; name: string }[] };

/** Links an account to a government as its official representative, saying how that was verified. */
export function GrantForm({ governments }: Props) {
  const t = useTranslations("admin.representatives.grant");
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState({ email: "", government: "", verificationNote: "" });
  const grant = useMutation(
    trpc.replies.grant.mutationOptions({
      onSuccess: () => {
        setValues({ email: "", government: "", verificationNote: "" });
        router.refresh();
      },
    }),
  );
  const errors = mutationErrors(grant.error);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  return (
    <form
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        grant.mutate(values);
      }}
    >
      <FormErrors state={errors} />
      <Field id="rep-email" label={t("email")} error={errors.fieldErrors.email} hint={t("emailHint")}>
        {(control) => (
          <input
            {...control}
            type="email"
            value={values.email}
            onChange={set("email")}
            className={inputClass(errors.fieldErrors.email)}
          />
        )}
      </Field>
      <Field id="rep-government" label={t("government")} error={errors.fieldErrors.government}>
        {(control) => (
          <select
            {...control}
            value={values.government}
            onChange={set("government")}
            className={inputClass(errors.fieldErrors.government)}
          >
            <option value="">{t("chooseGovernment")}</option>
            {governments.map((g) => (
              <option key={g.iso3} value={g.iso3}>
                {g.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="rep-note"
        label={t("verification")}
        error={errors.fieldErrors.verificationNote}
        hint={t("verificationHint")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.verificationNote}
            onChange={set("verificationNote")}
            className={inputClass(errors.fieldErrors.verificationNote)}
          />
        )}
      </Field>
      <button type="submit" className="btn-primary" disabled={grant.isPending}>
        {t("submit")}
      </button>
    </form>
  );
}
