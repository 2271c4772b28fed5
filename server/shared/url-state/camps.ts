import { campsQuerySchema, type CampsQuery } from "@/server/schemas/camps";

// `/camps?at=…&from=…&to=…&region=…&bloc=…`: what the page shows, read from its query (a value it cannot read is
// left out, never an error: the page still answers); the page cache keys the page by canonicalCamps.

const FIELDS = ["at", "from", "to", "region", "bloc"] as const;

/** The view a query asks for on `today` (a date after it, or a `from` not before the end of "who moved", is left out). */
export function campsPageState(search: string, today: string): CampsQuery {
  const params = new URLSearchParams(search);
  const state: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = params.get(field);
    if (
      value &&
      campsQuerySchema.safeParse({ [field]: value }).success &&
      !(field !== "region" && field !== "bloc" && value > today)
    )
      state[field] = value;
  }
  // Two dates the wrong way round: "who moved" falls back to its default start.
  if (state.from && state.from >= (state.to ?? state.at ?? today)) delete state.from;
  return campsQuerySchema.parse(state);
}

/** The one way a camps view is written: the fields it could read, in a fixed order. */
export function canonicalCamps(search: string, today: string): string {
  const state = campsPageState(search, today);
  const canonical = new URLSearchParams();
  for (const field of FIELDS) {
    const value = state[field];
    if (value) canonical.set(field, value);
  }
  return canonical.toString();
}
