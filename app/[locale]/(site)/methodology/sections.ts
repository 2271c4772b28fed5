// The methodology page's sections, in order: their anchors (other pages link to them) and the key of each heading
// in the "methodology" messages (sections.<key>.title).

export const SECTIONS = {
  rules: "rules",
  caveats: "caveats",
  scale: "scale",
  evidence: "evidence",
  dates: "dates",
  "record-sets": "recordSets",
  "not-coded": "notCoded",
  "since-newest-record": "sinceNewestRecord",
  files: "files",
  agreement: "agreement",
  camps: "camps",
  corrections: "corrections",
} as const;

export type SectionId = keyof typeof SECTIONS;
