import { searchQuerySchema, type SearchFilters, type SearchInput } from "@/server/schemas/search";

// `/search?q=…&group=topic&government=…&topic=…&evidence=…`: what the page searches for, read from its query; the
// page cache keys the page by canonicalSearch (server/cache/view-routes.ts).

export type SearchGroup = "government" | "topic";

export type SearchPageState = {
  q: string;
  group: SearchGroup;
  /** The search to run as written (`input`) and as read (`filters`), or null: no words yet, or too long a query. */
  input: SearchInput | null;
  filters: SearchFilters | null;
  tooLong: boolean;
};

export function searchPageState(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  const q = (params.get("q") ?? "").trim();
  const group: SearchGroup = params.get("group") === "topic" ? "topic" : "government";
  const input = {
    q,
    government: params.get("government") || undefined,
    topic: params.get("topic") || undefined,
    evidence: params.get("evidence") || undefined,
  };
  const parsed = searchQuerySchema.safeParse(input);
  if (parsed.success) return { q, group, input, filters: parsed.data, tooLong: false };
  // A bad filter is left out rather than refused: the words still search.
  const wordsOnly = searchQuerySchema.safeParse({ q });
  return wordsOnly.success
    ? { q, group, input: { q }, filters: wordsOnly.data, tooLong: false }
    : { q, group, input: null, filters: null, tooLong: q.length > 0 };
}

/** The one way a search is written: its words trimmed, its filters as parsed, the grouping if not the default. */
export function canonicalSearch(search: string): string {
  const { q, group, filters } = searchPageState(search);
  const canonical = new URLSearchParams();
  if (q) canonical.set("q", q);
  if (filters?.government) canonical.set("government", filters.government);
  if (filters?.topic) canonical.set("topic", filters.topic);
  if (filters?.evidence?.length) canonical.set("evidence", filters.evidence.join(","));
  if (group === "topic") canonical.set("group", "topic");
  return canonical.toString();
}
