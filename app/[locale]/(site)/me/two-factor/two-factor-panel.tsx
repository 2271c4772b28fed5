"use client";

import { useActionState } from "react";
import { FormErrors, FormField } from "@/app/_components/form-field";
import { emptyFormState } from "@/server/shared/form-state";
import { confirmEnrolmentAction, type EnrolmentState, startEnrolmentAction, turnOffAction } from "./actions";

type Props = { enabled: boolean; recoveryCodesLeft: number; mayTurnOff: boolean };

/** Two-factor authentication on /me: set up an authenticator app (QR code, then its first code), see the recovery codes once, or turn it off. */
export function TwoFactorPanel({ enabled, recoveryCodesLeft, mayTurnOff }: Props) {
  const [setup, start, starting] = useActionState<EnrolmentState>(startEnrolmentAction, emptyFormState);
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
        <p className="text-slate-700">
          Off. With it on, signing in also asks for a code from an authenticator app on your phone, so a stolen password
          is not enough.
        </p>
        <button type="submit" disabled={starting} className="btn-primary">
          Set up two-factor authentication
        </button>
      </form>
    );
  }
  return (
    <form action={confirm} noValidate className="space-y-4">
      <FormErrors state={confirmed} />
      <ol className="list-decimal space-y-3 ps-5 text-slate-700">
        <li>
          Scan this QR code with an authenticator app (1Password, Google Authenticator, Authy, FreeOTP…).
          {/* A data: URL made on the server: a picture of the secret, never sent anywhere else. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={setup.qr}
            width={208}
            height={208}
            alt="QR code to add Stance Atlas to an authenticator app"
            className="mt-2 rounded border border-slate-200"
          />
        </li>
        <li>
          Or type this key into the app:{" "}
          <code className="rounded bg-slate-100 px-1 font-mono break-all">{setup.secret}</code>
        </li>
        <li>Enter the 6-digit code the app shows, and your password.</li>
      </ol>
      <FormField name="factorCode" label="Authentication code" state={confirmed} autoComplete="one-time-code" />
      <FormField
        name="factorPassword"
        label="Your password"
        type="password"
        autoComplete="current-password"
        state={confirmed}
      />
      <button type="submit" disabled={confirming} className="btn-primary">
        Turn on
      </button>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-3">
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
        Two-factor authentication is on. Your other sessions have been signed out.
      </p>
      <p className="text-slate-700">
        Save these recovery codes somewhere safe (a password manager, or on paper). Each signs you in once if you lose
        your phone. <strong>They are shown only now.</strong>
      </p>
      <ul
        aria-label="Recovery codes"
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
  const [state, turnOff, pending] = useActionState(turnOffAction, emptyFormState);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">
        On. Signing in asks for a code from your authenticator app. {recoveryCodesLeft} of 10 recovery codes left.
      </p>
      {mayTurnOff ? (
        <form action={turnOff} noValidate className="max-w-md space-y-4">
          <FormErrors state={state} />
          <FormField name="factorCode" label="Authentication code" state={state} autoComplete="one-time-code" />
          <FormField
            name="factorPassword"
            label="Your password"
            type="password"
            autoComplete="current-password"
            state={state}
          />
          <button type="submit" disabled={pending} className="btn-secondary">
            Turn off two-factor authentication
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">
          Moderators and admins keep it on. If you lose your phone and your recovery codes, ask another admin to reset
          it.
        </p>
      )}
    </div>
  );
}
