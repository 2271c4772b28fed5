"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { db } from "@/db/server-db";
import { auth, signOut } from "@/server/auth/auth";
import { clientAddress } from "@/server/auth/client-address";
import { signInAgain } from "@/server/auth/form-sign-in";
import { changePassword } from "@/server/services/account";
import { FieldError } from "@/server/shared/errors";
import { RateLimitedError } from "@/server/services/rate-limits";
import { fieldErrorsOf, type FormState } from "@/server/shared/form-state";
import { localizeHref } from "@/server/i18n/locales";
import { getLocale } from "next-intl/server";

/** Signs out here and on every other device (Auth.js's signOut event ends every session: server/auth/auth.ts). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: localizeHref(await getLocale(), "/") });
}

/** Changes the password (the current one is required). Other sessions end; this one is signed in again with the new password. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = {
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
  };
  const locale = await getLocale();
  const session = await auth();
  if (!session?.user?.id) redirect(localizeHref(locale, `/sign-in?callbackUrl=${localizeHref(locale, "/me")}`));
  try {
    await changePassword(db(), session.user.id, values, clientAddress(await headers()));
    return await signInAgain(db(), session.user.id, values, localizeHref(locale, "/me?password=changed"));
  } catch (error) {
    if (error instanceof ZodError) return { values, fieldErrors: fieldErrorsOf(error.issues) };
    if (error instanceof FieldError) return { values, fieldErrors: { [error.field]: error.message } };
    if (error instanceof RateLimitedError) return { values, fieldErrors: {}, formError: error.message };
    throw error;
  }
}
