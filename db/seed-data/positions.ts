import { type Stance } from "@/db/enums";

// Demo positions: only what the seed article states, with its URL as the source.
// Emma Llansó, "WTPF: Successful Outcome, but Many Questions Remain", CDT, 17 May 2013.
// Where the article does not give the day a statement was made, the forum's closing day
// (2013-05-16) is used: the statement was on record by then, and never shown earlier.
export const WTPF_2013_SOURCE = "https://cdt.org/blogs/emma-llanso/1705wtpf-successful-outcome-many-questions-remain";

export type PositionSeed = {
  government: string;
  topic: string;
  stance: Stance;
  statedOn: string;
  event: string;
  summary: string;
};

export const positionSeeds: PositionSeed[] = [
  {
    government: "RUS",
    topic: "governments-role",
    stance: "intergovernmental",
    statedOn: "2013-05-16",
    event: "wtpf-2013",
    summary: "In the WTPF-13 debate on the role of governments, Russia called for a single intergovernmental body dispensing top-down international Internet policy (as reported by CDT).",
  },
  {
    government: "IRN",
    topic: "multistakeholder-model",
    stance: "multistakeholder",
    statedOn: "2013-05-16",
    event: "wtpf-2013",
    summary: "In its closing statement at WTPF-13, Iran gave one of the most impassioned defences of the multistakeholder model, citing the contributions of RIPE NCC and the other RIRs and the benefit of discussing these matters with expert stakeholders in the room (as reported by CDT).",
  },
  {
    government: "BRA",
    topic: "governments-role",
    stance: "leans_intergovernmental",
    statedOn: "2013-05-14",
    event: "wtpf-2013",
    summary: "Brazil's initial proposal for a new WTPF-13 opinion on the role of governments in the multistakeholder model covered a broad sweep of topics and appeared to champion a significantly greater role for the ITU in Internet governance (as reported by CDT).",
  },
  {
    government: "BRA",
    topic: "governments-role",
    stance: "mixed",
    statedOn: "2013-05-16",
    event: "wtpf-2013",
    summary: "On Day 3 of WTPF-13, Brazil produced a revised draft focused on capacity building among government stakeholders and better mechanisms for governments to engage in Internet governance fora, rather than a greater ITU role (as reported by CDT).",
  },
  {
    government: "USA",
    topic: "cwg-internet-openness",
    stance: "multistakeholder",
    statedOn: "2013-05-16",
    event: "wtpf-2013",
    summary: "When the WTPF-13 Chair proposed moving the debate to the ITU's CWG-Internet, the United States intervened to call for the CWG to be opened to all stakeholders (as reported by CDT).",
  },
  {
    government: "SWE",
    topic: "cwg-internet-openness",
    stance: "multistakeholder",
    statedOn: "2013-05-16",
    event: "wtpf-2013",
    summary: "At WTPF-13 Sweden intervened to call for the ITU's CWG-Internet to be opened to all stakeholders, having proposed opening it the year before (as reported by CDT).",
  },
];
