import { generate, generateSecret, generateURI, verify } from "otplib";

// Time-based one-time passwords (RFC 6238: SHA-1, 30 s, 6 digits, what every authenticator
// app reads), with otplib. A code is accepted one step either side of now (clock drift), and
// only for a time step after the last one the account used: a code works once.

export const TOTP_ISSUER = "Stance Atlas";
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpUri = (account: string, secret: string): string =>
  generateURI({ issuer: TOTP_ISSUER, label: account, secret });

/** The code an authenticator shows now (or at `epoch`, in seconds): for the CLI's checks and tests. */
export const totpCode = (secret: string, epoch?: number): Promise<string> =>
  generate({ secret, ...(epoch === undefined ? {} : { epoch }) });

/** The time step a valid, unused code belongs to, or null. */
export async function totpTimeStep(secret: string, code: string, lastTimeStep: number): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: lastTimeStep,
  }).catch(() => null);
  return result?.valid && "timeStep" in result ? result.timeStep : null;
}

/** Whether a string is a base32 secret long enough for RFC 4226 (128 bits). */
export function isTotpSecret(secret: string): boolean {
  return /^[A-Z2-7]{26,}=*$/.test(secret);
}
