"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors, FormField } from "@/app/_components/form-field";
import { emptyFormState } from "@/server/shared/form-state";
import { confirmEnrolmentAction, type EnrolmentState, startEnrolmentAction, turnOffAction } from "./actions";

/** Some authenticator apps, by name. */
const AUTHENTICATOR_APPS = "1Password, Google Authenticator, Authy, FreeOTP…";

type Props = { enabled: boolean; recoveryCodesLeft: number; mayTurnOff: boolean };

/** Two-factor authentication on /me: set up an authenticator app (QR code, then its first code), see the recovery codes once, or turn it off. */
export function TwoFactorPanel({ enabled, recoveryCodesLeft, mayTurnOff }: Props) {
  const t = useTranslations("me.twoFactor");
  const [setup, start, starting] = useActionState<EnrolmentState, FormData>(startEnrolmentAction, emptyFormState);
  const [confirmed, confirm, confirming] = useActionState<EnrolmentState, FormData>(
    confirmEnrolmentAction,
    emptyFormState,
  );
  if (confirmed.recoveryCodes) return <RecoveryCodes codes={confirmed.recoveryCodes} />;
  if (enabled) return <Enabled recoveryCodesLeft={recoveryCodesLeft} mayTurnOff={mayTurnOff} />;
  if (!setup.secret) {
    return (
      <form action={start} className="space-y-3">
        <FormErrors state={setup} />
        <p className="text-slate-700">{t("off")}</p>
        <button type="submit" disabled={starting} className="btn-primary">
          {t("setUp")}
        </button>
      </form>
    );
  }
  return (
    <form action={confirm} noValidate className="space-y-4">
      <FormErrors state={confirmed} />
      <ol className="list-decimal space-y-3 ps-5 text-slate-700">
        <li>
          {t("scan", { apps: AUTHENTICATOR_APPS })}
          {/* A data: URL made on the server: a picture of the secret, never sent anywhere else. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={setup.qr}
            width={208}
            height={208}
            alt={t("qrAlt")}
            className="mt-2 rounded border border-slate-200"
          />
        </li>
        <li>
          {t.rich("typeKey", {
            key: () => <code className="rounded bg-slate-100 px-1 font-mono break-all">{setup.secret}</code>,
          })}
        </li>
        <li>{t("enterCode")}</li>
      </ol>
      <FormField name="factorCode" label={t("code")} state={confirmed} autoComplete="one-time-code" />
      <FormField
        name="factorPassword"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        state={confirmed}
      />
      <button type="submit" disabled={confirming} className="btn-primary">
        {t("turnOn")}
      </button>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("me.twoFactor");
  return (
    <div className="space-y-3">
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
        {t("on")}
      </p>
      <p className="text-slate-700">{t.rich("saveCodes", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ul
        aria-label={t("recoveryCodes")}
        className="grid max-w-xl grid-cols-1 gap-2 rounded-lg border border-slate-200 bg-white p-4 font-mono whitespace-nowrap sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}

function Enabled({ recoveryCodesLeft, mayTurnOff }: { recoveryCodesLeft: number; mayTurnOff: boolean }) {
  const t = useTranslations("me.twoFactor");
  const [state, turnOff, pending] = useActionState(turnOffAction, emptyFormState);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("enabled", { left: recoveryCodesLeft })}</p>
      {mayTurnOff ? (
        <form action={turnOff} noValidate className="max-w-md space-y-4">
          <FormErrors state={state} />
          <FormField name="factorCode" label={t("code")} state={state} autoComplete="one-time-code" />
          <FormField
            name="factorPassword"
            label={t("password")}
            type="password"
            autoComplete="current-password"
            state={state}
          />
          <button type="submit" disabled={pending} className="btn-secondary">
            {t("turnOff")}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">{t("staffKeep")}</p>
      )}
    </div>
  );
}
