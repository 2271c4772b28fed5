import { z } from "zod";
import { filterTextSchema } from "./common";
import { ROLES } from "@/db/enums";
import { hasLineBreakOrBidiControl } from "@/server/shared/control-characters";

// Rules for accounts, shared by the forms, tRPC procedures and the CLI.

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@example.org." }));

// NIST SP 800-63B-4 for password-only accounts: length is what counts; no composition rules.
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 128;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

export const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter a display name." })
  .max(80, { error: "Use at most 80 characters." })
  .refine((name) => !hasLineBreakOrBidiControl(name), {
    error: "Use a name on one line, without tabs, line breaks or text-direction controls.",
  });

export const createUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema.default("contributor"),
  name: displayNameSchema.optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema.optional(),
  role: roleSchema.optional(),
  name: displayNameSchema.optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** What the sign-in form sends. Only the shape is checked here: rules for new passwords do not apply to old ones. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, { error: "Enter your password." })
    .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` }),
});

/** What the sign-up form sends. */
export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUp = z.infer<typeof signUpSchema>;

/** What the change-password form sends; the new password also passes the server's common-password check. */
export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .min(1, { error: "Enter your current password." })
    .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` }),
  newPassword: passwordSchema,
});

// An admin's user management (/admin/users).
const userIdSchema = z.string().min(1).max(100);
export const userSearchSchema = z.object({ q: filterTextSchema(200, "Search for at most 200 characters.").optional() });
export const setRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const banSchema = z.object({
  userId: userIdSchema,
  reason: z
    .string({ error: "Give a reason for the ban; the audit log keeps it." })
    .trim()
    .min(3, { error: "Give a reason for the ban; the audit log keeps it." })
    .max(500, { error: "Keep the reason to 500 characters or fewer." }),
});
export const setTrustedSchema = z.object({
  userId: userIdSchema,
  trusted: z.boolean(),
  reason: z.string().trim().max(500, { error: "Keep the reason to 500 characters or fewer." }).optional(),
});
export const unbanSchema = z.object({ userId: userIdSchema, reason: z.string().trim().max(500).optional() });

/** /admin/audit's filter: one kind of action, or all. */
export const auditQuerySchema = z.object({ action: z.string().trim().max(60).optional() }).strict();
