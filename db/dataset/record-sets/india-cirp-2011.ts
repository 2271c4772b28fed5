import { onTheDay, type RecordSet } from "./types";

// India's proposal of a UN Committee for Internet-Related Policies (2011): a committee of states
// with multistakeholder advisory groups, coded like the near-identical IBSA proposal (v2).

export const INDIA_CIRP_2011: RecordSet = {
  id: "india-cirp-2011",
  title: "India's proposal for a UN Committee for Internet-Related Policies, 2011",
  about:
    "India's proposal to the 66th UN General Assembly (26 Oct 2011) for a UN Committee for Internet-Related Policies (CIRP) of 50 member states, with advisory groups of civil society, business, intergovernmental organisations and the technical community.",
  says: "India proposed a UN committee of 50 member states for Internet-related policies, advised by groups of civil society, business, intergovernmental organisations and the technical community.",
  doesNotSay:
    "It does not say the other stakeholders should have no part: they would advise the committee, though only states would sit on it.",
  records: ["india_cirp_2011.csv"],
  topic: "enhanced-cooperation",
  event: "unga-66-2011",
  coverage: "complete",
  gaps: "None.",
  methodRules: [1],
  recodeReason: "method v2: coded like the near-identical IBSA proposal, leans intergovernmental (rule 1)",
  rules: [
    {
      value: "proposed_cirp",
      stance: "leans_intergovernmental",
      evidence: "statement",
      statedOn:
        "2011-10-26; leans, like the IBSA proposal: a committee of states with multistakeholder advisory groups",
    },
  ],
  notCoded: [],
  code: onTheDay(
    "proposed_cirp",
    "In a statement to the 66th session of the UN General Assembly on 26 Oct 2011, proposed a UN Committee for Internet-Related Policies (CIRP) of 50 member states, with advisory groups of civil society, business, intergovernmental organisations and the technical community.",
  ),
};
