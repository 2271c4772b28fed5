/** What a form's server action answers: the values to show again and what is wrong. */
export type FormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, string | undefined>;
  formError?: string;
};

export const emptyFormState: FormState = { values: {}, fieldErrors: {} };

/** The first message for each field of a failed zod parse. */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FormState["fieldErrors"] {
  const errors: FormState["fieldErrors"] = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

type MutationError = { message: string; data?: { fieldErrors?: Record<string, string[] | undefined> | null } | null };

/** A failed tRPC mutation as a form shows it: the first message next to each field, else one for the form. */
export function mutationErrors(error: MutationError | null): Pick<FormState, "fieldErrors" | "formError"> {
  const fieldErrors = Object.fromEntries(Object.entries(error?.data?.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0]]));
  return { fieldErrors, formError: error && Object.keys(fieldErrors).length === 0 ? error.message : undefined };
}
