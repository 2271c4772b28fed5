import { onTheDay, type RecordSet } from "./types";

// The IBSA (India, Brazil, South Africa) meeting's recommendation of a UN body, Rio 2011: a text
// that also calls itself multistakeholder, so it leans rather than stands intergovernmental.

export const IBSA_2011: RecordSet = {
  id: "ibsa-2011",
  title: "IBSA meeting on global Internet governance, Rio de Janeiro, 2011",
  about:
    "The IBSA (India, Brazil, South Africa) multistakeholder meeting on global Internet governance, Rio de Janeiro, 1–2 Sep 2011, recommended that “an appropriate body is urgently required in the UN system”; the same text also calls for governance that is multistakeholder and multilateral. The leaders took note of the recommendations.",
  says: "An appropriate body is urgently required in the UN system, in a text that also calls for governance that is multistakeholder and multilateral.",
  doesNotSay:
    "It does not say the three governments want states alone to govern the Internet: the same text also asks for multistakeholder governance, and the leaders only took note of it.",
  records: ["ibsa_2011.csv"],
  topic: "enhanced-cooperation",
  event: "ibsa-rio-2011",
  coverage: "complete",
  gaps: "None: the three IBSA governments.",
  methodRules: [1, 6],
  recodeReason:
    "method v2: the summary says what the record is — recommendations of a multistakeholder meeting, of which the leaders took note (rule 6)",
  rules: [
    {
      value: "proposed_un_body",
      stance: "leans_intergovernmental",
      evidence: "submission",
      statedOn: "2011-09-02 (the meeting's last day); leans, because the text mixes both models",
    },
  ],
  notCoded: [],
  code: onTheDay(
    "proposed_un_body",
    "Took note, with the other IBSA (India, Brazil, South Africa) governments, of the recommendations of the IBSA multistakeholder meeting on global Internet governance (Rio de Janeiro, 1–2 Sep 2011), which say that “an appropriate body is urgently required in the UN system”; the same text also calls for Internet governance that is multistakeholder and multilateral.",
  ),
};
