// Accounts the end-to-end servers start with, made by `npm run user:create` before
// `npm start` (an admin cannot sign up: admins are made by the CLI or another admin).
// The admin and the moderator have a second factor (`--totp-secret`), as staff must.

export const STAFF = {
  admin: {
    email: "e2e-admin@example.org",
    password: "end to end admin passphrase",
    name: "Erin Admin",
    role: "admin",
    totpSecret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
  },
  moderator: {
    email: "e2e-moderator@example.org",
    password: "end to end moderator passphrase",
    name: "Mo Moderator",
    role: "moderator",
    totpSecret: "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U",
  },
} as const;

/** A moderator made without a second factor: signs in with a password, and acts as a contributor until they set one up. */
export const UNENROLLED_MODERATOR = {
  email: "e2e-new-moderator@example.org",
  password: "end to end new moderator passphrase",
  name: "Nell Newmod",
  role: "moderator",
} as const;

export type StaffRole = keyof typeof STAFF;
