import { formatDay, type RecordSet } from "./types";

// The Paris Call's state supporters: support for a text France wrote, one step softer than the
// text (rule 1); France, which launched it, at the text's own strength.

const PARIS_CALL =
  "the Paris Call for Trust and Security in Cyberspace, a multistakeholder declaration launched on 12 Nov 2018";
/** The official supporters list's first record: every undated supporter had joined by then (rule 4). */
const FIRST_RECORD = "2019-09-16";
const RULE = { dated: "supported (dated)", undated: "supported (undated)", launched: "launched it (France)" };

export const PARIS_CALL_STATES: RecordSet = {
  id: "paris-call-states",
  title: "Paris Call for Trust and Security in Cyberspace: state supporters",
  about:
    "The Paris Call for Trust and Security in Cyberspace, a multistakeholder declaration launched by France on 12 Nov 2018: the states that support it, from the official site's own repository.",
  says: "The government supports the Paris Call, a multistakeholder declaration on trust and security in cyberspace that France launched.",
  doesNotSay:
    "It does not say when most supporters joined (67 are known only to have joined by 16 Sep 2019), and not signing it is not a stance.",
  records: ["paris_call_states.csv"],
  topic: "cyber-norms-process",
  event: null,
  coverage: "complete",
  gaps: "67 supporters have no date of their own: they are dated on or before 16 Sep 2019, the first record of the official list, and the day each joined is not known.",
  methodRules: [1, 4],
  recodeReason:
    "method v2: support coded one step softer (rule 1); an undated supporter is dated on or before 16 Sep 2019 (rule 4)",
  rules: [
    {
      value: RULE.launched,
      stance: "multistakeholder",
      evidence: "statement",
      statedOn: "2018-11-12, the launch: its own text",
    },
    { value: RULE.dated, stance: "leans_multistakeholder", evidence: "endorsement", statedOn: "the date" },
    {
      value: RULE.undated,
      stance: "leans_multistakeholder",
      evidence: "endorsement",
      statedOn: "on or before 2019-09-16, the list's first record",
    },
  ],
  notCoded: [{ value: "not_supported", why: "not signing a declaration states no position" }],
  code: (fact) => {
    if (fact.value !== "supported") return null;
    const sources = [fact.source_url];
    if (fact.iso3 === "FRA" && fact.date === "2018-11-12") {
      const summary = `Launched the Paris Call for Trust and Security in Cyberspace, a multistakeholder declaration of its own, on ${formatDay(fact.date)} (as its foreign ministry records).`;
      return { rule: RULE.launched, date: fact.date, precision: "day", event: "paris-call-2018", summary, sources };
    }
    if (!fact.date) {
      const summary = `Listed as a state supporter of ${PARIS_CALL}, on or before ${formatDay(FIRST_RECORD)} (the first record of the official supporters list; the day it joined is not known).`;
      return { rule: RULE.undated, date: FIRST_RECORD, precision: "on_or_before", summary, sources };
    }
    return {
      rule: RULE.dated,
      date: fact.date,
      precision: "day",
      summary: `Joined the state supporters of ${PARIS_CALL}, on ${formatDay(fact.date)}.`,
      sources,
    };
  },
};
