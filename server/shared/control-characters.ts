// Control characters other than tab, line feed and carriage return: nothing a person types
// contains them, and PostgreSQL refuses NUL in text. Inputs carrying one are refused at the edge.

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTERS_REFUSED = "Text may not contain control characters (such as NUL).";

/** Whether any string in `value` (a string, or arrays and objects of them, keys included) has a control character. */
export function hasControlCharacters(value: unknown): boolean {
  if (typeof value === "string") return CONTROL_CHARACTER.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacters);
  if (value && typeof value === "object")
    return Object.entries(value).some(([key, item]) => CONTROL_CHARACTER.test(key) || hasControlCharacters(item));
  return false;
}

// A one-line label shown to others (a display name): no line breaks (CR, LF, NEL, U+2028/9) and no
// bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069), which let a name reorder the
// text around it ("admin" shown for "nimda") or break a log line in two.
const LINE_BREAK_OR_BIDI = /[\r\n\u0085\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Whether a one-line label holds a line break, a bidirectional control or any control character. */
export function hasLineBreakOrBidiControl(value: string): boolean {
  return LINE_BREAK_OR_BIDI.test(value) || hasControlCharacters(value) || value.includes("\t");
}
