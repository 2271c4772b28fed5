import { z } from "zod";
import { PASSWORD_MAX } from "./users";

// What the second-factor forms send: the sign-in step, enrolment, turning it off, an admin's reset.

/** A code from the authenticator app (6 digits) or a recovery code (20 characters, dashes and spaces ignored). */
export const authenticationCodeSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter the code from your authenticator app, or a recovery code." })
  .max(40, { error: "That is longer than any code: enter the 6 digits from the app, or a recovery code." });

const currentPasswordSchema = z
  .string()
  .min(1, { error: "Enter your current password." })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

export const confirmEnrolmentSchema = z.object({
  currentPassword: currentPasswordSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "Enter the 6 digits your authenticator app shows." }),
});

export const turnOffSecondFactorSchema = z.object({
  currentPassword: currentPasswordSchema,
  code: authenticationCodeSchema,
});

export const resetSecondFactorSchema = z.object({
  userId: z.string().min(1).max(100),
  reason: z
    .string({ error: "Give a reason; the audit log keeps it." })
    .trim()
    .min(3, { error: "Give a reason; the audit log keeps it." })
    .max(500, { error: "Keep the reason to 500 characters or fewer." }),
});
