// Accounts the end-to-end servers start with, made by `npm run user:create` before
// `npm start` (an admin cannot sign up: admins are made by the CLI or another admin).

export const STAFF = {
  admin: { email: "e2e-admin@example.org", password: "end to end admin passphrase", name: "Erin Admin", role: "admin" },
  moderator: { email: "e2e-moderator@example.org", password: "end to end moderator passphrase", name: "Mo Moderator", role: "moderator" },
} as const;
