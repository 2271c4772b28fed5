"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/schemas/users";
import { FormErrors, FormField } from "@/app/_components/form-field";
import { emptyFormState } from "@/server/shared/form-state";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("me.password");
  const [state, formAction, pending] = useActionState(changePasswordAction, emptyFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormErrors state={state} />
      <FormField
        name="currentPassword"
        label={t("current")}
        type="password"
        autoComplete="current-password"
        state={state}
      />
      <FormField
        name="newPassword"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        state={state}
        hint={t("newHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
      />
      <button type="submit" disabled={pending} className="btn-primary">
        {t("change")}
      </button>
    </form>
  );
}
