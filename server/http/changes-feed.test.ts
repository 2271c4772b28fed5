import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { DATASET_TRANSLATIONS } from "@/db/dataset/translations";
import type { Change } from "@/server/services/recent-changes";
import { translationIn } from "@/server/i18n/translation";
import { asHtmlText, changesAtom } from "./changes-feed";

const change = (summary: string, topicTitle = "Internet Exchange Points"): Change => ({
  revisionId: 2,
  positionId: 1,
  kind: "edit",
  government: { iso3: "KEN", name: "Kenya" },
  topic: { slug: "ixps", title: topicTitle },
  statedOn: "2013-05-16",
  datePrecision: "day",
  stance: "mixed",
  evidence: "statement",
  summary,
  language: "en",
  author: "Mo",
  reviewer: null,
  approvedAt: "2026-12-01T10:00:00.000Z",
});

/** What a feed reader shows for an entry's HTML: the markup, then the text once entities are decoded. */
function entry(xml: string) {
  const parsed = new XMLParser({ ignoreAttributes: false, cdataPropName: "cdata" }).parse(xml) as {
    feed: { entry: { summary: { cdata: string }; title: { cdata: string } } };
  };
  return parsed.feed.entry;
}

describe("the Atom feed of changes", () => {
  it("carries what contributors wrote as text a feed reader shows, never as markup it runs", () => {
    const written = `Kenya's IXP <script>alert(1)</script> <img src=x onerror=alert(2)> & "friends"`;
    const xml = changesAtom([change(written, "IXPs <b>bold</b>")], {
      origin: "https://atlas.example",
      selfPath: "/changes.atom",
      filtered: "",
    });
    const { summary, title } = entry(xml);
    expect(summary.cdata).not.toMatch(/<script|<img/);
    expect(summary.cdata).toBe(
      "Kenya&#39;s IXP &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; &amp; &quot;friends&quot;",
    );
    expect(title.cdata).toContain("IXPs &lt;b&gt;bold&lt;/b&gt;");
  });
});

describe("the Atom feed in another language", () => {
  const opts = { origin: "https://atlas.example", selfPath: "/changes.atom?lang=fr", filtered: "" };

  it("says what changed in English by default, and in French with lang=fr: names, stance, date and link", async () => {
    expect(entry(changesAtom([change("Kenya said so.")], opts)).title.cdata).toBe(
      "Edit: Kenya on Internet Exchange Points (16 May 2013): Mixed (statement)",
    );
    const xml = changesAtom([change("Kenya said so.")], opts, await translationIn("fr"));
    const { title, summary } = entry(xml);
    expect(title.cdata).toMatch(/^Modification.*Kenya.*Internet Exchange Points.*16 mai 2013.*Mixte/);
    expect(summary.cdata).toBe("Kenya said so."); // what the contributor wrote, as written
    expect(xml).toContain('href="https://atlas.example/fr/positions/1"');
  });

  it("gives a translated topic's title and a coded summary in the feed's language", async () => {
    const coded = Object.keys(DATASET_TRANSLATIONS.fr.codedSummaries)[0] ?? "";
    const translated = {
      ...change(coded),
      topic: {
        slug: "ixps",
        title: "Internet Exchange Points",
        translations: { fr: { title: "Points d'échange Internet" } },
      },
    };
    const { title, summary } = entry(changesAtom([translated], opts, await translationIn("fr")));
    expect(title.cdata).toContain("Points d&#39;échange Internet"); // escaped text, as every title
    expect(summary.cdata).toBe(asHtmlText(DATASET_TRANSLATIONS.fr.codedSummaries[coded] ?? ""));
    expect(entry(changesAtom([translated], opts)).summary.cdata).toBe(asHtmlText(coded)); // English: as coded
  });
});
