import { type LogQuery, logQuerySchema } from "@/server/schemas/moderation-log";

/** The log's filters from a query string (anything unreadable is left out) and that filter as a query string. */
export function logFilter(search: string): { filter: LogQuery; query: string } {
  const params = new URLSearchParams(search);
  const read = (name: string) => params.get(name) || undefined;
  const parsed = logQuerySchema.safeParse({
    action: read("action"),
    topic: read("topic"),
    government: read("government"),
    before: read("before"),
  });
  const filter = parsed.success ? parsed.data : {};
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  );
  return { filter, query: query.toString() };
}
