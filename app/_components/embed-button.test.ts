import { describe, expect, it } from "vitest";
import { iframeCode } from "./embed-panel";

describe("the Embed button's code", () => {
  it("is an iframe of the embed at this site's address, with its query escaped for HTML", () => {
    expect(
      iframeCode("/embed/matrix?at=2019-12-28&region=Europe", 'Matrix "view"', 760, "https://stanceatlas.example"),
    ).toBe(
      '<iframe src="https://stanceatlas.example/embed/matrix?at=2019-12-28&amp;region=Europe" title="Matrix &quot;view&quot;" width="100%" height="760" style="border:0;max-width:1200px" loading="lazy"></iframe>',
    );
  });
});
