import { describe, expect, it } from "vitest";
import { type ProposalValues, toProposal } from "./proposal-values";

const choices = {
  governments: [{ iso3: "USA", name: "United States" }],
  topics: [{ slug: "multistakeholder-model", title: "The multistakeholder model" }],
};
const values: ProposalValues = {
  government: "United States",
  topic: "The multistakeholder model",
  stance: "leans_multistakeholder",
  evidence: "endorsement",
  statedOn: "2011-12-09",
  datePrecision: "day",
  event: "",
  summary: "Joined the Freedom Online Coalition at its founding in The Hague.",
  sources: ["https://freedomonlinecoalition.com/members/"],
  quote: "",
  language: "en",
  endedOn: "",
  endNote: "",
  endSource: "",
};

describe("the position form's language", () => {
  it("is sent as chosen, so a French summary is stored as French", () => {
    const { input, errors } = toProposal(
      { ...values, summary: "A rejoint la Coalition pour la liberté en ligne à sa fondation.", language: "fr" },
      choices,
      null,
    );
    expect(errors).toEqual({});
    expect(input.language).toBe("fr");
  });
  it("is refused when it is not one of the six", () => {
    const { errors } = toProposal({ ...values, language: "pt" as ProposalValues["language"] }, choices, null);
    expect(errors.language).toMatch(/Choose the language the summary is written in/);
  });
});

describe("the position form's end", () => {
  it("is sent as null when left empty", () => {
    const { input, errors } = toProposal(values, choices, null);
    expect(errors).toEqual({});
    expect(input).toMatchObject({ endedOn: null, endNote: null, endSource: null });
  });
  it("is sent whole, and a part-filled one is reported on each missing field", () => {
    const end = {
      endedOn: "2016-02-10",
      endNote: "Withdrew from the Freedom Online Coalition",
      endSource: "https://www.state.gov/letter",
    };
    expect(toProposal({ ...values, ...end }, choices, null)).toMatchObject({ input: end, errors: {} });
    const { errors } = toProposal({ ...values, endedOn: "2016-02-10" }, choices, null);
    expect(Object.keys(errors).sort()).toEqual(["endNote", "endSource"]);
  });
});
