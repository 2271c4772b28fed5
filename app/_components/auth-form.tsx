"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/schemas/users";
import { FormErrors, FormField } from "./form-field";
import { emptyFormState, type FormState } from "@/server/shared/form-state";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  callbackUrl: string;
};

/** The sign-in and sign-up forms: errors as text by each field and in a summary; nothing typed is lost. */
export function AuthForm({ mode, action, callbackUrl }: Props) {
  const t = useTranslations("forms.auth");
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  if (state.values.challenge)
    return <CodeStep state={state} action={formAction} pending={pending} callbackUrl={callbackUrl} />;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormErrors state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {mode === "sign-up" && (
        <FormField
          name="name"
          label={t("displayName")}
          state={state}
          autoComplete="nickname"
          hint={t("displayNameHint")}
        />
      )}
      <FormField name="email" label={t("email")} state={state} type="email" autoComplete="email" />
      <FormField
        name="password"
        label={t("password")}
        state={state}
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        hint={mode === "sign-up" ? t("passwordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX }) : undefined}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {mode === "sign-up" ? t("createAccount") : t("signIn")}
      </button>
    </form>
  );
}

/** Sign-in's second step for an account with a second factor: the code, carried with the one-time challenge (not the password). */
function CodeStep({
  state,
  action,
  pending,
  callbackUrl,
}: {
  state: FormState;
  action: (formData: FormData) => void;
  pending: boolean;
  callbackUrl: string;
}) {
  const t = useTranslations("forms.auth");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormErrors state={state} />
      <p className="text-slate-700">
        {t.rich("codeIntro", {
          email: state.values.email ?? "",
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="email" value={state.values.email ?? ""} />
      <input type="hidden" name="challenge" value={state.values.challenge ?? ""} />
      <FormField name="code" label={t("code")} state={state} autoComplete="one-time-code" hint={t("codeHint")} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {t("verify")}
      </button>
    </form>
  );
}
