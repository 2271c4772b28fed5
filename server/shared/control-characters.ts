// Control characters other than tab, line feed and carriage return: nothing a person types
// contains them, and PostgreSQL refuses NUL in text. Inputs carrying one are refused at the edge.

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTERS_REFUSED = "Text may not contain control characters (such as NUL).";

/** Whether any string in `value` (a string, or arrays and objects of them, keys included) has a control character. */
export function hasControlCharacters(value: unknown): boolean {
  if (typeof value === "string") return CONTROL_CHARACTER.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacters);
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => CONTROL_CHARACTER.test(key) || hasControlCharacters(item));
  return false;
}
