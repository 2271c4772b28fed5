/** Where to go after signing in: a same-origin path only ("/x", never "//host" or a URL), else /me. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/me";
  return value;
}
