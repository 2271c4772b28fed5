import { type CodingContext, type Fact, formatDay, list, onTheDay, type RecordSet } from "./types";

// The SCO members' code of conduct for information security, submitted to the UN General
// Assembly in 2011 and, updated, in 2015: the submitters' own text, at its full strength.

/** The co-submitters of a letter other than this one. */
const others = (fact: Fact, context: CodingContext, file: string) =>
  list((context.facts[file] ?? []).filter((f) => f.iso3 !== fact.iso3).map((f) => context.name(f.iso3)));

// The code's words on the Internet are known here only as a paraphrase (the README), so they are never quoted (rule 6).
const summary2011 = (fact: Fact, context: CodingContext) =>
  `Co-submitted the International code of conduct for information security to the UN General Assembly with ${others(fact, context, "sco_code_of_conduct_2011.csv")} (UN doc A/66/359, letter of ${formatDay(fact.date)}). Among its pledges is a multilateral, transparent and democratic international Internet management system.`;

const summary2015 = (fact: Fact, context: CodingContext) =>
  `Co-submitted the updated “International code of conduct for information security” to the UN General Assembly with ${others(fact, context, "sco_code_of_conduct_2015.csv")} (UN doc A/69/723, letter of ${formatDay(fact.date)}), a revision of the 2011 code.`;

const scoCode = (year: 2011 | 2015): RecordSet => ({
  id: `sco-code-of-conduct-${year}`,
  title: `SCO code of conduct for information security, ${year}`,
  about:
    year === 2011
      ? "UN doc A/66/359, letter of 12 Sep 2011: the “International code of conduct for information security”, submitted to the General Assembly by China, Russia, Tajikistan and Uzbekistan. Among its pledges is a multilateral, transparent and democratic international Internet management system (a paraphrase, not the code's words)."
      : "UN doc A/69/723, letter of 9 Jan 2015: the updated code of conduct, submitted to the General Assembly by the 2011 submitters joined by Kazakhstan and Kyrgyzstan.",
  says:
    year === 2011
      ? "The submitters put their own code of conduct before the General Assembly; among its pledges is a multilateral, transparent and democratic international Internet management system."
      : "The submitters, two more than in 2011, put their own updated code of conduct before the General Assembly.",
  doesNotSay: "It does not say what any government other than its submitters thinks of the code.",
  records: [`sco_code_of_conduct_${year}.csv`],
  topic: "governments-role",
  event: null,
  coverage: "complete",
  gaps: "None: every submitter named in the letter.",
  methodRules: year === 2011 ? [1, 6] : [1],
  recodeReason: year === 2011 ? "method v2: a paraphrase is not in quotation marks (rule 6)" : null,
  rules: [{ value: "submitted", stance: "intergovernmental", evidence: "submission", statedOn: "the letter's date" }],
  notCoded: [],
  code: onTheDay("submitted", year === 2011 ? summary2011 : summary2015),
});

export const SCO_CODE_2011 = scoCode(2011);
export const SCO_CODE_2015 = scoCode(2015);
