import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { type DatePrecision } from "@/db/enums";
import { DATASET_DIR, readFacts } from "./code-records";
import { RECORD_SETS } from "./record-sets";

// The blocs the reference dataset starts with, and their membership periods, each read from the
// source it names (db/dataset/blocs/memberships.csv; the Freedom Online Coalition's from the
// facts file its positions are coded from). Admins own blocs once seeded (/admin/blocs).

export type BlocSeed = { slug: string; name: string; description: string; coverageNote: string; complete: boolean };

export const BLOC_SEEDS: BlocSeed[] = [
  {
    slug: "eu",
    name: "European Union",
    description: "The member states of the European Union (and of the European Economic Community before it), from their dates of entry.",
    coverageNote: "All 28 states that have been members, with the dates of entry the EU gives; the United Kingdom left on 31 January 2020.",
    complete: true,
  },
  {
    slug: "brics",
    name: "BRICS",
    description: "Brazil, Russia, India and China from their first leaders' summit (Yekaterinburg, 16 June 2009), South Africa from its invitation as a full member, and the 2024 and 2025 enlargements.",
    coverageNote:
      "Saudi Arabia was invited to join from 1 January 2024 but had not formalised its membership when Indonesia joined (reported 6 January 2025), so it is not listed. Argentina declined its invitation.",
    complete: true,
  },
  {
    slug: "sco",
    name: "Shanghai Cooperation Organisation",
    description: "Full members of the Shanghai Cooperation Organisation, founded on 15 June 2001; observers and dialogue partners are not members.",
    coverageNote: "All ten member states with the dates they became full members.",
    complete: true,
  },
  {
    slug: "foc",
    name: "Freedom Online Coalition",
    description: "Governments that joined the Freedom Online Coalition, founded at The Hague on 8–9 December 2011 with a declaration committing members to the multistakeholder approach.",
    coverageNote:
      "Partial: 33 of 42 members. Denmark and Luxembourg have no joining date in the source, and seven members are not yet sourced; where the source gives only a year, membership counts from 31 December of that year. The United States withdrew by a letter of 10 February 2026.",
    complete: false,
  },
];

export type MembershipSeed = {
  blocSlug: string;
  governmentIso3: string;
  joinedOn: string;
  joinedPrecision: DatePrecision;
  sourceUrl: string;
  leftOn: string | null;
  leftSourceUrl: string | null;
};

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rowSchema = z.object({
  bloc: z.string().min(1),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  country: z.string(),
  joined_on: date,
  left_on: date.or(z.literal("")),
  source_url: z.url(),
  left_source_url: z.url().or(z.literal("")),
});

function listedMemberships(): MembershipSeed[] {
  const text = readFileSync(path.join(DATASET_DIR, "blocs", "memberships.csv"), "utf8");
  return z
    .array(rowSchema)
    .parse(parse(text, { columns: true, skip_empty_lines: true }))
    .map((row) => ({
      blocSlug: row.bloc,
      governmentIso3: row.iso3,
      joinedOn: row.joined_on,
      joinedPrecision: "day",
      sourceUrl: row.source_url,
      leftOn: row.left_on || null,
      leftSourceUrl: row.left_source_url || null,
    }));
}

/**
 * The coalition's members from the facts file, dated by the same coding rules as their positions
 * (record-sets.ts: founders at the founding conference, a year alone from its last day, no date left out).
 */
function focMemberships(): MembershipSeed[] {
  const file = "foc_members.csv";
  const facts = readFacts(file);
  const coding = RECORD_SETS.find((set) => set.id === "foc-members");
  if (!coding) throw new Error("The coding table has no foc-members record set.");
  const context = { facts: { [file]: facts }, name: (iso3: string) => iso3 };
  const withdrawals = new Map(facts.filter((f) => f.value === "withdrew" && f.date).map((f) => [f.iso3, f]));
  return facts.flatMap((fact) => {
    const coded = coding.code(fact, context);
    if (!coded) return [];
    const left = withdrawals.get(fact.iso3);
    return [{ blocSlug: "foc", governmentIso3: fact.iso3, joinedOn: coded.date, joinedPrecision: coded.precision, sourceUrl: fact.source_url, leftOn: left?.date ?? null, leftSourceUrl: left?.source_url ?? null }];
  });
}

export const membershipSeeds = (): MembershipSeed[] => [...listedMemberships(), ...focMemberships()];
