// The methodology page's sections, in order: their anchors (other pages link to them) and headings.

export const SECTIONS = {
  rules: "The method, version 2: seven rules",
  caveats: "What the coding can and cannot tell you",
  scale: "The stance scale",
  evidence: "Kinds of evidence",
  dates: "Dates, their precision, and positions that end",
  "record-sets": "The records, one by one",
  "not-coded": "What is not coded",
  "since-newest-record": "Since our newest record",
  files: "The dataset's files and their known gaps",
  agreement: "Agreement and blocs",
  corrections: "Proposing a correction",
} as const;

export type SectionId = keyof typeof SECTIONS;

/** The props of a PageSection for one of them. */
export const section = (id: SectionId) => ({ id, title: SECTIONS[id] });
