import { formatDay, NOT_VOTING, onTheDay, type RecordSet, VOTED, voteRules } from "./types";

// The General Assembly's recorded votes on the road to a UN cybercrime convention: 73/187 (2018)
// and 74/247 (2019). A yes and a no here are the topic's two poles (rule 3); a vote is one step
// softer than the text, and the text's own sponsors are at its full strength (rule 1).

const SPONSORS = "unga_74_247_sponsors_2019.csv";
const RESOLUTION_74_247 =
  "UN General Assembly resolution 74/247 (27 Dec 2019), which opened a process toward a UN cybercrime convention negotiated by governments";

export const UNGA_73_187: RecordSet = {
  id: "unga-73-187-cybercrime-2018",
  title: "UN General Assembly resolution 73/187 (cybercrime), recorded vote, 2018",
  about:
    "The recorded vote on A/RES/73/187 (17 Dec 2018), the Russian-led resolution on countering the use of ICT for criminal purposes.",
  says: "How the government voted on the Russian-led resolution on countering the use of ICT for criminal purposes.",
  doesNotSay:
    "It does not say in so many words that the government wanted, or opposed, a new UN treaty: it is a vote on a resolution, a year before 74/247 opened the process.",
  records: ["unga_73_187_cybercrime_2018.csv"],
  topic: "un-cybercrime-treaty",
  event: "unga-73-187-2018",
  coverage: "complete",
  gaps: "7 members have no recorded vote: that is not a position.",
  methodRules: [1, 3],
  recodeReason: null,
  rules: voteRules("2018-12-17"),
  notCoded: [NOT_VOTING],
  code: (fact, context) =>
    fact.value in VOTED
      ? onTheDay(
          fact.value,
          `${VOTED[fact.value] ?? fact.value} the Russian-led UN General Assembly resolution 73/187 (${formatDay(fact.date)}) on countering the use of ICT for criminal purposes.`,
        )(fact, context)
      : null,
};

export const UNGA_74_247: RecordSet = {
  id: "unga-74-247-cybercrime-2019",
  title: "UN General Assembly resolution 74/247 (cybercrime), recorded vote, 2019",
  about:
    "The recorded vote on A/RES/74/247 (27 Dec 2019), which opened the process toward a UN cybercrime convention negotiated by governments, and the draft's original sponsors (A/C.3/74/L.11, 11 Oct 2019).",
  says: "How the government voted on opening the process toward a UN cybercrime convention negotiated by governments, and whether it was one of the draft's original sponsors.",
  doesNotSay:
    "It does not say what convention the government wanted; and only the original sponsors of the draft are recorded, not those who joined later.",
  records: ["unga_74_247_cybercrime_2019.csv", SPONSORS],
  topic: "un-cybercrime-treaty",
  event: "unga-74-247-2019",
  coverage: "complete",
  gaps: "Members absent from the vote are not listed; of the sponsors, only the original ones are recorded.",
  methodRules: [1, 3],
  recodeReason: "method v2: sources pinned to the roll call (#rcid)",
  rules: [
    ...voteRules("2019-12-27"),
    { value: "yes, original sponsor", stance: "intergovernmental", evidence: "submission", statedOn: "2019-12-27" },
  ],
  notCoded: [NOT_VOTING],
  code: (fact, context) => {
    if (!(fact.value in VOTED)) return null;
    const sponsor = (context.facts[SPONSORS] ?? []).find((s) => s.iso3 === fact.iso3);
    if (sponsor && fact.value === "yes") {
      return {
        rule: "yes, original sponsor",
        date: fact.date,
        precision: "day",
        summary: `An original sponsor of the draft resolution (A/C.3/74/L.11, ${formatDay(sponsor.date)}), then voted yes on ${RESOLUTION_74_247}.`,
        sources: [fact.source_url, sponsor.source_url],
      };
    }
    return onTheDay(fact.value, `${VOTED[fact.value] ?? fact.value} ${RESOLUTION_74_247}.`)(fact, context);
  },
};
