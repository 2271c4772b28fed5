import { campsQuerySchema, type CampsQuery } from "@/server/schemas/camps";

// `/camps?at=…&from=…&to=…&region=…&bloc=…`: what the page shows, read from its query (a value it cannot read is
// left out, never an error: the page still answers); the page cache keys the page by canonicalCamps.

const FIELDS = ["at", "from", "to", "region", "bloc"] as const;

export function campsPageState(search: string): CampsQuery {
  const params = new URLSearchParams(search);
  const state: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value && campsQuerySchema.safeParse({ [field]: value }).success) state[field] = value;
  }
  // Two dates the wrong way round: "who moved" falls back to its default start.
  if (state.from && state.to && state.from >= state.to) delete state.from;
  return campsQuerySchema.parse(state);
}

/** The one way a camps view is written: the fields it could read, in a fixed order. */
export function canonicalCamps(search: string): string {
  const state = campsPageState(search);
  const canonical = new URLSearchParams();
  for (const field of FIELDS) {
    const value = state[field];
    if (value) canonical.set(field, value);
  }
  return canonical.toString();
}
