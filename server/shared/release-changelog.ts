import { type ReleaseChange, type ReleaseChangelog } from "@/db/schema/releases";

// What changed between two releases, position by position (by id): added, changed (naming the
// fields that differ) and withdrawn (in the earlier release, not in the later one).

/** The fields of a released position that a citation depends on. */
export const CITED_FIELDS = [
  "stance",
  "evidence",
  "statedOn",
  "datePrecision",
  "event",
  "summary",
  "quote",
  "sources",
  "end",
] as const;

/** `end` may be missing: releases published before method v2 have none. */
export type ReleasedPosition = {
  id: number;
  government: string;
  topic: string;
  stance: string;
  end?: unknown;
} & Record<Exclude<(typeof CITED_FIELDS)[number], "end">, unknown>;

const change = (p: ReleasedPosition, fields?: string[]): ReleaseChange => ({
  id: p.id,
  government: p.government,
  topic: p.topic,
  stance: p.stance,
  ...(fields ? { fields } : {}),
});

// A field a release did not have yet (`end` before method v2) is the same as an empty one.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function releaseChangelog(
  previous: { version: number; positions: readonly ReleasedPosition[] } | null,
  current: readonly ReleasedPosition[],
): ReleaseChangelog {
  const before = new Map((previous?.positions ?? []).map((p) => [p.id, p]));
  const now = new Set(current.map((p) => p.id));
  const added: ReleaseChange[] = [];
  const changed: ReleaseChange[] = [];
  for (const position of current) {
    const old = before.get(position.id);
    if (!old) {
      added.push(change(position));
      continue;
    }
    const fields = CITED_FIELDS.filter((field) => !same(old[field], position[field]));
    if (fields.length) changed.push(change(position, [...fields]));
  }
  const withdrawn = [...before.values()].filter((p) => !now.has(p.id)).map((p) => change(p));
  return { previous: previous?.version ?? null, added, changed, withdrawn };
}

/** Whether a changelog records any change at all. */
export const changesAnything = ({ added, changed, withdrawn }: ReleaseChangelog) =>
  added.length + changed.length + withdrawn.length > 0;
