/** What a form's server action answers: the values to show again and what is wrong. */
export type FormState = {
  values: Record<string, string>;
  fieldErrors: Record<string, string | undefined>;
  formError?: string;
};

export const emptyFormState: FormState = { values: {}, fieldErrors: {} };

/** The first message for each field of a failed zod parse. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FormState["fieldErrors"] {
  const errors: FormState["fieldErrors"] = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
