// Accounts that own machine-made revisions. They have no password and can never sign in.
export const SYSTEM_USERS = {
  seed: { id: "system:seed", name: "Stance Atlas reference dataset" },
  import: { id: "system:import", name: "Stance Atlas CSV import" },
} as const;
