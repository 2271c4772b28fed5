"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { ZodError } from "zod";
import { db } from "@/db/server-db";
import { clientAddress } from "@/server/auth/client-address";
import { currentSession } from "@/server/auth/session";
import { ConflictError, FieldError, ForbiddenError } from "@/server/shared/errors";
import { RateLimitedError } from "@/server/services/rate-limits";
import { confirmEnrolment, startEnrolment, turnOffSecondFactor } from "@/server/services/second-factor";
import { fieldErrorsOf, type FormState } from "@/server/shared/form-state";
import { type Locale, localizeHref } from "@/server/i18n/locales";
import { getLocale } from "next-intl/server";

// The two-factor section of /me: set up an authenticator app, or (contributors) turn it off.
// The form's fields are `factorPassword` and `factorCode` (the password form on the page has its own).

export type EnrolmentState = FormState & { secret?: string; qr?: string; recoveryCodes?: string[] };

const FIELD_NAMES: Record<string, string> = { currentPassword: "factorPassword", code: "factorCode" };

async function signedIn(locale: Locale): Promise<{ userId: string; sessionId: string }> {
  const session = await currentSession();
  if (!session?.user?.id) redirect(localizeHref(locale, `/sign-in?callbackUrl=${localizeHref(locale, "/me")}`));
  return { userId: session.user.id, sessionId: session.sessionId };
}

/** What a refused change says, next to the field it concerns. */
function explain(values: Record<string, string>, error: unknown): FormState {
  if (error instanceof ZodError)
    return {
      values,
      fieldErrors: fieldErrorsOf(
        error.issues.map((issue) => ({ ...issue, path: [FIELD_NAMES[String(issue.path[0])] ?? "form"] })),
      ),
    };
  if (error instanceof FieldError)
    return { values, fieldErrors: { [FIELD_NAMES[error.field] ?? error.field]: error.message } };
  if (error instanceof RateLimitedError || error instanceof ConflictError || error instanceof ForbiddenError)
    return { values, fieldErrors: {}, formError: error.message };
  throw error;
}

/** A new secret, as a QR code and as text to type, waiting for the app's first code. */
export async function startEnrolmentAction(previous: EnrolmentState): Promise<EnrolmentState> {
  try {
    const { secret, uri } = await startEnrolment(db(), (await signedIn(await getLocale())).userId);
    return { values: {}, fieldErrors: {}, secret, qr: await QRCode.toDataURL(uri, { margin: 1, width: 208 }) };
  } catch (error) {
    return { ...previous, ...explain({}, error) };
  }
}

/** Turns it on with the password and the app's code; shows the recovery codes once. This session goes on; the others end. */
export async function confirmEnrolmentAction(previous: EnrolmentState, formData: FormData): Promise<EnrolmentState> {
  const session = await signedIn(await getLocale());
  const values = {
    factorPassword: String(formData.get("factorPassword") ?? ""),
    factorCode: String(formData.get("factorCode") ?? ""),
  };
  try {
    const recoveryCodes = await confirmEnrolment(
      db(),
      session,
      { currentPassword: values.factorPassword, code: values.factorCode },
      clientAddress(await headers()),
    );
    return { values: {}, fieldErrors: {}, recoveryCodes };
  } catch (error) {
    return { ...previous, ...explain(values, error) };
  }
}

/** A contributor turns it off with the password and a code; other sessions end. */
export async function turnOffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = await getLocale();
  const session = await signedIn(locale);
  const values = {
    factorPassword: String(formData.get("factorPassword") ?? ""),
    factorCode: String(formData.get("factorCode") ?? ""),
  };
  try {
    await turnOffSecondFactor(
      db(),
      session,
      { currentPassword: values.factorPassword, code: values.factorCode },
      clientAddress(await headers()),
    );
  } catch (error) {
    return explain(values, error);
  }
  redirect(localizeHref(locale, "/me?two-factor=off#two-factor"));
}
