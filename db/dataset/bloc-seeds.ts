import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { type DatePrecision } from "@/db/enums";
import { codingContext, DATASET_DIR, readFacts } from "./code-records";
import { RECORD_SETS } from "./record-sets";

// The blocs the reference dataset starts with, and their membership periods, each read from the
// source it names (db/dataset/blocs/memberships.csv; the Freedom Online Coalition's and the
// Budapest Convention's from their facts files). Admins own blocs once seeded (/admin/blocs).

export type BlocSeed = { slug: string; name: string; description: string; coverageNote: string; complete: boolean };

/** The FOC's coverage note as method v1 seeded it: an upgrade replaces it only where nobody has edited it since. */
export const FOC_COVERAGE_NOTE_V1 =
  "Partial: 33 of 42 members. Denmark and Luxembourg have no joining date in the source, and seven members are not yet sourced; where the source gives only a year, membership counts from 31 December of that year. The United States withdrew by a letter of 10 February 2026.";

const FOC_COVERAGE_NOTE =
  "Partial: 35 of 42 members, and seven are not yet sourced. Denmark and Luxembourg have no joining date in the source: they joined on or before 7 December 2020 and 31 March 2022 respectively, and count from those days; where the source gives only a year, membership counts from 31 December of that year. The United States withdrew by a letter of 10 February 2026.";

const BUDAPEST_COVERAGE_NOTE =
  "Partial: 29 of about 80 states are in our source file. The 21 of them with a ratification or accession on record there are listed from that day (not from the convention's entry into force for them); the other 8 (Canada, Greece, Iceland, Ireland, Italy, Japan, Latvia and Luxembourg) have only a signature on record there, which is not membership, and are not listed until a ratification is sourced.";

export const BLOC_SEEDS: BlocSeed[] = [
  {
    slug: "eu",
    name: "European Union",
    description:
      "The member states of the European Union (and of the European Economic Community before it), from their dates of entry.",
    coverageNote:
      "All 28 states that have been members, with the dates of entry the EU gives; the United Kingdom left on 31 January 2020.",
    complete: true,
  },
  {
    slug: "brics",
    name: "BRICS",
    description:
      "Brazil, Russia, India and China from their first leaders' summit (Yekaterinburg, 16 June 2009), South Africa from its invitation as a full member, and the 2024 and 2025 enlargements.",
    coverageNote:
      "Saudi Arabia was invited to join from 1 January 2024 but had not formalised its membership when Indonesia joined (reported 6 January 2025), so it is not listed. Argentina declined its invitation.",
    complete: true,
  },
  {
    slug: "sco",
    name: "Shanghai Cooperation Organisation",
    description:
      "Full members of the Shanghai Cooperation Organisation, founded on 15 June 2001; observers and dialogue partners are not members.",
    coverageNote: "All ten member states with the dates they became full members.",
    complete: true,
  },
  {
    slug: "foc",
    name: "Freedom Online Coalition",
    description:
      "Governments that joined the Freedom Online Coalition, founded at The Hague on 8–9 December 2011 with a declaration committing members to the multistakeholder approach.",
    coverageNote: FOC_COVERAGE_NOTE,
    complete: false,
  },
  {
    slug: "budapest-convention",
    name: "Parties to the Budapest Convention",
    description:
      "States party to the Council of Europe Convention on Cybercrime (ETS 185, the Budapest Convention), from the day they ratified or acceded to it; a signature alone is not membership.",
    coverageNote: BUDAPEST_COVERAGE_NOTE,
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
 * (record-sets/foc-members.ts: founders at the founding conference, a year alone from its last day,
 * Denmark and Luxembourg on or before their bounds), each ending the day the government left.
 */
function focMemberships(): MembershipSeed[] {
  const coding = RECORD_SETS.find((set) => set.id === "foc-members");
  if (!coding) throw new Error("The coding table has no foc-members record set.");
  const context = codingContext(coding);
  return (context.facts["foc_members.csv"] ?? []).flatMap((fact) => {
    const coded = coding.code(fact, context);
    if (!coded) return [];
    return [
      {
        blocSlug: "foc",
        governmentIso3: fact.iso3,
        joinedOn: coded.date,
        joinedPrecision: coded.precision,
        sourceUrl: fact.source_url,
        leftOn: coded.end?.on ?? null,
        leftSourceUrl: coded.end?.source ?? null,
      },
    ];
  });
}

/** The parties to the Budapest Convention the facts file names, from the day each ratified or acceded (a signature alone is not membership). */
function budapestMemberships(): MembershipSeed[] {
  return readFacts("budapest_convention_partial.csv")
    .filter((fact) => fact.value === "ratified" || fact.value === "acceded")
    .map((fact) => ({
      blocSlug: "budapest-convention",
      governmentIso3: fact.iso3,
      joinedOn: fact.date,
      joinedPrecision: "day" as const,
      sourceUrl: fact.source_url,
      leftOn: null,
      leftSourceUrl: null,
    }));
}

export const membershipSeeds = (): MembershipSeed[] => [
  ...listedMemberships(),
  ...focMemberships(),
  ...budapestMemberships(),
];
