"use client";

import { useActionState } from "react";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/server/schemas/users";
import { FormErrors, FormField } from "@/app/_components/form-field";
import { emptyFormState } from "@/server/shared/form-state";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState(changePasswordAction, emptyFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormErrors state={state} />
      <FormField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        state={state}
      />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        state={state}
        hint={`${PASSWORD_MIN}–${PASSWORD_MAX} characters. Changing it signs you out on your other devices.`}
      />
      <button type="submit" disabled={pending} className="btn-primary">
        Change password
      </button>
    </form>
  );
}
