import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation } from "./release-citation";

const release = {
  version: 3,
  publishedAt: "2026-12-03T07:45:00.000Z",
  url: "https://stanceatlas.example/data/releases/3",
};

describe("citing a release", () => {
  it("in APA: the author, year, title with its version, the kind and the permanent address", () => {
    expect(apaCitation(release)).toBe(
      "Stance Atlas. (2026). Stance Atlas data release 3 (Version 3) [Data set]. https://stanceatlas.example/data/releases/3",
    );
  });
  it("in BibTeX: a @misc entry keyed by the release, the corporate author braced", () => {
    expect(bibtexCitation(release)).toBe(
      [
        "@misc{stanceatlas_release_3,",
        "  author = {{Stance Atlas}},",
        "  title = {Stance Atlas data release 3},",
        "  year = {2026},",
        "  month = dec,",
        "  version = {3},",
        "  url = {https://stanceatlas.example/data/releases/3},",
        "  note = {Data set, CC BY 4.0},",
        "}",
      ].join("\n"),
    );
  });
});
