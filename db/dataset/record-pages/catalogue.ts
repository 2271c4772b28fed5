// Every facts file in db/dataset/records/ as a record a reader can open (/records/[slug]): its title
// and what kind of record it is. The facts, their coding and the official tallies live beside it
// (the CSVs, record-sets/, official-tallies.csv); record-reading.ts puts them together.

export const RECORD_KINDS = [
  "roll_call",
  "signatures",
  "declaration",
  "membership",
  "sponsors",
  "letter",
  "statement",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** `bloc`: a record read as a bloc's membership (/blocs/[slug]) rather than coded into positions, or as well. */
export type CatalogueEntry = { file: string; title: string; kind: RecordKind; bloc?: string };

const rollCall = (file: string, number: string, what: string, year: number): CatalogueEntry => ({
  file,
  title: `UN General Assembly resolution ${number} (${what}), recorded vote, ${year}`,
  kind: "roll_call",
});

/** In the order of the records' notes: by topic, then by date. */
export const RECORD_CATALOGUE: CatalogueEntry[] = [
  {
    file: "sco_code_of_conduct_2011.csv",
    title: "SCO code of conduct for information security (A/66/359), 2011",
    kind: "letter",
  },
  {
    file: "sco_code_of_conduct_2015.csv",
    title: "SCO code of conduct for information security, updated (A/69/723), 2015",
    kind: "letter",
  },
  {
    file: "ibsa_2011.csv",
    title: "IBSA meeting on global Internet governance, Rio de Janeiro, 2011",
    kind: "declaration",
  },
  {
    file: "india_cirp_2011.csv",
    title: "India's proposal for a UN Committee for Internet-Related Policies, 2011",
    kind: "statement",
  },
  {
    file: "netmundial_2014_objections.csv",
    title: "Objections to the NETmundial outcome statement, 2014",
    kind: "statement",
  },
  { file: "india_icann53_2015.csv", title: "India's statement to ICANN 53, 2015", kind: "statement" },
  { file: "foc_members.csv", title: "Freedom Online Coalition membership", kind: "membership", bloc: "foc" },
  {
    file: "paris_call_states.csv",
    title: "Paris Call for Trust and Security in Cyberspace: state supporters",
    kind: "declaration",
  },
  {
    file: "wcit_2012_final_acts_partial.csv",
    title: "WCIT-12 Final Acts: who signed and who did not, 2012",
    kind: "signatures",
  },
  rollCall("unga_73_27_oewg_2018.csv", "73/27", "Open-ended Working Group", 2018),
  rollCall("unga_73_266_gge_2018.csv", "73/266", "Group of Governmental Experts", 2018),
  rollCall("unga_74_29_oewg_2019.csv", "74/29", "Open-ended Working Group track", 2019),
  rollCall("unga_74_28_gge_2019.csv", "74/28", "Group of Governmental Experts track", 2019),
  rollCall("unga_75_240_oewg_2020.csv", "75/240", "Open-ended Working Group 2021–2025", 2020),
  rollCall("unga_75_32_gge_2020.csv", "75/32", "responsible state behaviour", 2020),
  rollCall("unga_73_187_cybercrime_2018.csv", "73/187", "cybercrime", 2018),
  rollCall("unga_74_247_cybercrime_2019.csv", "74/247", "cybercrime", 2019),
  {
    file: "unga_74_247_sponsors_2019.csv",
    title: "Original sponsors of the draft of resolution 74/247 (A/C.3/74/L.11), 2019",
    kind: "sponsors",
  },
  {
    file: "un_cybercrime_convention_signatures_2025.csv",
    title: "UN Convention against Cybercrime: signatures, 2025",
    kind: "signatures",
  },
  {
    file: "budapest_convention_partial.csv",
    title: "Council of Europe Convention on Cybercrime (Budapest): signatures, ratifications and accessions",
    kind: "signatures",
    bloc: "budapest-convention",
  },
];

/** A facts file's name as a page's address: unga_73_27_oewg_2018.csv → unga-73-27-oewg-2018. */
export const recordSlug = (file: string) => file.replace(/\.csv$/, "").replaceAll("_", "-");
