import { formatDay, type RecordSet } from "./types";

// WCIT-12 (Dubai, 2012): who signed the Final Acts — the revised International Telecommunication
// Regulations, with the resolution on the Internet — and who, present, did not. A signature
// supports a text others wrote, one step softer than it (rule 1); so does a refusal, the other way.

const FINAL_ACTS =
  "the Final Acts of the World Conference on International Telecommunications (WCIT-12, Dubai): the revised International Telecommunication Regulations, with the resolution on the Internet";
const SUMMARY: Record<string, (date: string) => string> = {
  signed: (date) => `Signed ${FINAL_ACTS}, on ${formatDay(date)}.`,
  not_signed: (date) => `Present at the conference, did not sign ${FINAL_ACTS}, on ${formatDay(date)}.`,
};

export const WCIT_2012: RecordSet = {
  id: "wcit-2012-final-acts",
  title: "WCIT-12 Final Acts: who signed and who did not, 2012",
  about:
    "The World Conference on International Telecommunications, Dubai, December 2012: the governments that signed its Final Acts (the revised International Telecommunication Regulations, with the resolution on the Internet) on 14 Dec 2012, and those present that did not.",
  says: "Whether the government, present at the conference, signed the revised treaty regulations that came with a resolution on the Internet.",
  doesNotSay: "It does not say why a government signed or did not, nor where the governments no source names stood.",
  records: ["wcit_2012_final_acts_partial.csv"],
  topic: "itu-mandate",
  event: "wcit-2012",
  coverage: "partial",
  gaps: "46 of the 89 signers and 29 of the 55 non-signers, each named by a source; the others are not yet sourced.",
  methodRules: [1],
  recodeReason: null,
  rules: [
    { value: "signed", stance: "leans_intergovernmental", evidence: "endorsement", statedOn: "2012-12-14" },
    { value: "not_signed", stance: "leans_multistakeholder", evidence: "endorsement", statedOn: "2012-12-14" },
  ],
  notCoded: [],
  code: (fact) => {
    const summary = SUMMARY[fact.value];
    return summary
      ? { rule: fact.value, date: fact.date, precision: "day", summary: summary(fact.date), sources: [fact.source_url] }
      : null;
  },
};
