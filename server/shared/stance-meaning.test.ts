import { describe, expect, it } from "vitest";
import { polesSentence } from "./stance-meaning";

describe("what the two ends of the scale mean on a topic", () => {
  it("says both poles in one sentence, as clauses: no doubled full stops, acronyms kept", () => {
    const topic = {
      multistakeholderPole: "The CWG-Internet should be opened to all stakeholders.",
      intergovernmentalPole: "IXPs should be run by states.",
    };
    expect(polesSentence(topic)).toBe(
      "On this topic, multistakeholder means: the CWG-Internet should be opened to all stakeholders; intergovernmental means: IXPs should be run by states.",
    );
  });
});
