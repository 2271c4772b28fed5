import { formatDay, type RecordSet } from "./types";

// India's minister at ICANN 53 (2015), in its own words: the Internet managed by a multistakeholder system.

const QUOTE = "The Internet must remain plural. It must be managed by a multistakeholder system.";

export const INDIA_ICANN53_2015: RecordSet = {
  id: "india-icann53-2015",
  title: "India's statement to ICANN 53, 2015",
  about: `India's Minister of Communications and IT, by video to ICANN 53 (Buenos Aires, 22 Jun 2015): “${QUOTE}” (verbatim, ICANN's announcement).`,
  says: "India's minister said the Internet must remain plural and be managed by a multistakeholder system.",
  doesNotSay:
    "It does not say how India would have that system organised, nor anything about its earlier proposal of a UN committee.",
  records: ["india_icann53_2015.csv"],
  topic: "multistakeholder-model",
  // ICANN 53 is not an event here: we have no sourced dates for the meeting, and none is invented.
  event: null,
  coverage: "complete",
  gaps: "None.",
  methodRules: [1, 6],
  recodeReason: null,
  rules: [{ value: "stated_support", stance: "multistakeholder", evidence: "statement", statedOn: "2015-06-22" }],
  notCoded: [],
  code: (fact) => ({
    rule: "stated_support",
    date: fact.date,
    precision: "day",
    summary: `India's Minister of Communications and IT, speaking by video to ICANN 53 in Buenos Aires on ${formatDay(fact.date)}, said the Internet must remain plural and be managed by a multistakeholder system (as ICANN's announcement reports).`,
    sources: [fact.source_url],
    quote: QUOTE,
  }),
};
