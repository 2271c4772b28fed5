import { codingContext } from "./code-records";
import { RECORD_SETS, type Fact, type NotCodedRow, type RecordSet } from "./record-sets";

// What the records say about a government that is deliberately not a position — it did not
// sign, cast no vote, voted on only one of two rival texts — and the partial lists it is absent
// from. The government's page shows these next to its positions, so an absence is never read as a stance.

export type RecordNote =
  { kind: "not-coded"; set: RecordSet; fact: Fact; why: string } | { kind: "not-listed"; set: RecordSet };

type Notes = { notCoded: Map<string, RecordNote[]>; partial: { set: RecordSet; listed: Set<string> }[] };

/** The main file's rows whose value the set's `notCoded` names (or `<value>, no date` for an undated row). */
function byValue(set: RecordSet, facts: Fact[]): NotCodedRow[] {
  return facts.flatMap((fact) => {
    const rule = set.notCoded.find(
      (n) => n.value === fact.value || (!fact.date && n.value === `${fact.value}, no date`),
    );
    return rule ? [{ fact, why: rule.why }] : [];
  });
}

function buildNotes(): Notes {
  const notes: Notes = { notCoded: new Map(), partial: [] };
  for (const set of RECORD_SETS) {
    const context = codingContext(set);
    const facts = context.facts[set.records[0] ?? ""] ?? [];
    for (const { fact, why } of set.notCodedRows?.(context) ?? byValue(set, facts)) {
      notes.notCoded.set(fact.iso3, [...(notes.notCoded.get(fact.iso3) ?? []), { kind: "not-coded", set, fact, why }]);
    }
    if (set.coverage === "partial") notes.partial.push({ set, listed: new Set(facts.map((f) => f.iso3)) });
  }
  return notes;
}

let cache: Notes | null = null;

/** The notes for one government: its records that are not coded, then the partial lists it is not on. */
export function recordNotes(iso3: string): RecordNote[] {
  cache ??= buildNotes();
  const absent = cache.partial
    .filter((p) => !p.listed.has(iso3))
    .map((p): RecordNote => ({ kind: "not-listed", set: p.set }));
  return [...(cache.notCoded.get(iso3) ?? []), ...absent];
}
