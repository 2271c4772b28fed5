import { hasControlCharacters } from "@/server/shared/control-characters";

/**
 * Where to go after signing in: a same-origin path only ("/x", never "//host" or a URL), else /me.
 * A control character (a line break, a tab, NUL) is refused too: browsers drop some of them
 * ("/\t/evil.example" is "//evil.example"), and a line break in a Location header is a 500.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || /[\t\n\r]/.test(value) || hasControlCharacters(value)) return "/me";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/me";
  return value;
}
