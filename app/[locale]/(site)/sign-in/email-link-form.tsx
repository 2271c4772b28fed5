"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors, FormField } from "@/app/_components/form-field";
import { emptyFormState } from "@/server/shared/form-state";
import { emailLinkAction } from "./actions";

export function EmailLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState(emailLinkAction, emptyFormState);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormErrors state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField name="linkEmail" label={t("linkEmail")} type="email" autoComplete="email" state={state} />
      <button type="submit" disabled={pending} className="btn-secondary w-full py-2">
        {t("emailLink")}
      </button>
    </form>
  );
}
