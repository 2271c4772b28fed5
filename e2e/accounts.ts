import { test } from "@playwright/test";

// Contributor accounts the end-to-end servers start with, made by e2e/create-accounts.ts before
// `npm start` (through the same service as `npm run user:create`), so specs sign in instead of signing
// up: the sign-up form has its own tests (accounts.spec.ts). Each spec's account exists twice, once
// per attempt, so a retried test starts from an account as fresh as the first attempt's.

export const PASSWORD = "correct horse battery staple";

/** Each spec's contributor, by label: the display name it shows. */
export const CONTRIBUTORS = {
  known: "Kim Known",
  return: "Ray Returning",
  back: "Bea Back",
  proposer: "Casey Contributor",
  invalid: "Ivy Invalid",
  duplicate: "Dana Duplicate",
  editor: "Eddie Editor",
  "not-admin": "Nat Notadmin",
  promote: "Morgan Promoted",
  ban: "Bo Banned",
  trusted: "Tia Trusted",
  flagger: "Fay Flagger",
  representative: "Bat Representative",
  "two-servers": "Tess Twoservers",
  limited: "Lim Ited",
  logged: "Lou Logged",
  "mod-approved": "Gina Contributor",
  "mod-rejected": "Rita Rejected",
  "mod-stale": "Sam Stale",
  "mod-nosy": "Nosy Contributor",
  "two-factor": "Theo Twofactor",
  reset: "Rita Reset",
  watcher: "Wanda Watcher",
} as const;

export type ContributorLabel = keyof typeof CONTRIBUTORS;
export const ATTEMPTS = 2;

export const contributorEmail = (label: ContributorLabel, attempt: number) => `e2e-${label}-${attempt}@example.org`;
/** Its display name, marked by attempt so that neither attempt's name is a prefix of the other's ("Tia Trusted A", "… B"). */
export const contributorName = (label: ContributorLabel, attempt: number) =>
  `${CONTRIBUTORS[label]} ${String.fromCharCode(65 + attempt)}`;

/** This attempt's account for a spec's contributor: its email and display name. */
export function account(label: ContributorLabel): { email: string; name: string } {
  const attempt = Math.min(test.info().retry, ATTEMPTS - 1);
  return { email: contributorEmail(label, attempt), name: contributorName(label, attempt) };
}
