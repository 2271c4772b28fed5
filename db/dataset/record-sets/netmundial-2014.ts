import { onTheDay, type RecordSet } from "./types";

// The governments that objected to NETmundial's multistakeholder outcome statement (2014).

export const NETMUNDIAL_2014: RecordSet = {
  id: "netmundial-2014-objections",
  title: "Objections to the NETmundial outcome statement, 2014",
  about:
    "NETmundial, São Paulo, 23–24 Apr 2014: Russia, Cuba and India did not agree to the multistakeholder outcome statement and read objections into the record.",
  says: "Three governments did not agree to the meeting's multistakeholder outcome statement and read objections into the record.",
  doesNotSay:
    "It does not say what each government objected to, nor where any other government stood: only objectors are recorded.",
  records: ["netmundial_2014_objections.csv"],
  topic: "multistakeholder-model",
  event: "netmundial-2014",
  coverage: "complete",
  gaps: "Only objectors are recorded: nobody signed the statement, so agreeing with it is not a record of its own.",
  methodRules: [1],
  recodeReason: null,
  rules: [
    {
      value: "objected",
      stance: "leans_intergovernmental",
      evidence: "statement",
      statedOn: "2014-04-24; leans: an objection to a multistakeholder outcome",
    },
  ],
  notCoded: [],
  code: onTheDay(
    "objected",
    "At NETmundial (São Paulo, 23–24 Apr 2014), did not agree to the multistakeholder outcome statement and read an objection into the record.",
  ),
};
