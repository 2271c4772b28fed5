import { formatDay, type RecordSet } from "./types";

// Signatures of the UN Convention against Cybercrime (2025): support for a text others wrote,
// one step softer than it (rule 1). The General Assembly adopted it without a vote, so the
// adoption codes nobody; the signatures do.

const CONVENTION =
  "the UN Convention against Cybercrime, which the General Assembly adopted without a vote on 24 Dec 2024";
/** The signing ceremony's days (Hanoi, 25–26 Oct 2025): a signature dated on one of them was made there. */
const HANOI = ["2025-10-25", "2025-10-26"];
const RULE = { day: "signed (a day)", year: "signed (a year only)" };

export const CYBERCRIME_CONVENTION: RecordSet = {
  id: "un-cybercrime-convention-signatures-2025",
  title: "UN Convention against Cybercrime: signatures, 2025",
  about:
    "The UN Convention against Cybercrime, adopted by the General Assembly without a vote on 24 Dec 2024: the governments that signed it at Hanoi (25–26 Oct 2025) and after.",
  says: "The government signed a new binding UN convention on cybercrime, negotiated among states.",
  doesNotSay:
    "It does not say how a government stood when the convention was adopted, without a vote; nor that a government that has not signed opposes it.",
  records: ["un_cybercrime_convention_signatures_2025.csv"],
  topic: "un-cybercrime-treaty",
  event: null,
  coverage: "partial",
  gaps: "Near complete: 72 signatories including the European Union, of which about 3 states late in the alphabet are missing here. Three rows give only the year 2025.",
  methodRules: [1, 4],
  recodeReason: null,
  rules: [
    {
      value: RULE.day,
      stance: "leans_intergovernmental",
      evidence: "endorsement",
      statedOn: "the signature's date (at the Hanoi signing ceremony on 25 or 26 Oct 2025)",
    },
    {
      value: RULE.year,
      stance: "leans_intergovernmental",
      evidence: "endorsement",
      statedOn: "2025, with year precision (counted from 31 Dec)",
    },
  ],
  notCoded: [],
  code: (fact) => {
    if (fact.value !== "signed") return null;
    const sources = [fact.source_url];
    if (/^\d{4}$/.test(fact.date)) {
      return {
        rule: RULE.year,
        date: `${fact.date}-12-31`,
        precision: "year",
        summary: `Signed ${CONVENTION}, in ${fact.date} (the source gives the year only).`,
        sources,
      };
    }
    const atHanoi = HANOI.includes(fact.date);
    const summary = atHanoi
      ? `Signed ${CONVENTION}, at the signing ceremony in Hanoi on ${formatDay(fact.date)}.`
      : `Signed ${CONVENTION}, on ${formatDay(fact.date)}.`;
    return {
      rule: RULE.day,
      date: fact.date,
      precision: "day",
      summary,
      sources,
      ...(atHanoi && { event: "un-cybercrime-convention-signing-2025" }),
    };
  },
};
