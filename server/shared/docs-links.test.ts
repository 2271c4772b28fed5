import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The README is a front door to the documents under docs/: a link that leads nowhere is a locked
// door. Every relative link in the top-level documents and docs/*.md must name a file that exists,
// and an anchor (#…) must name a heading of that file, as GitHub makes heading anchors.

const root = path.resolve(__dirname, "..", "..");
const documents = [
  "README.md",
  "CONTRIBUTING.md",
  "SECURITY.md",
  ...fs
    .readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = (heading ?? "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id ?? "");
  return anchors;
}

/** Fenced blocks and inline code show links as text; they are not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

function relativeLinks(markdown: string): string[] {
  const text = withoutCode(markdown);
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? "");
  const references = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1] ?? "");
  return [...inline, ...references].filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

function brokenLinks(document: string): string[] {
  const markdown = fs.readFileSync(path.join(root, document), "utf8");
  return relativeLinks(markdown).flatMap((link) => {
    const [target = "", anchor] = link.split("#");
    // A site path such as /methodology is a page of the running site, not a file here: write it as code.
    if (target.startsWith("/")) return [`${link} (a site path, not a file in the repository)`];
    const file = target
      ? path.join(path.dirname(path.join(root, document)), decodeURIComponent(target))
      : path.join(root, document);
    if (!fs.existsSync(file)) return [`${link} (no such file)`];
    if (anchor && file.endsWith(".md") && !headingAnchors(fs.readFileSync(file, "utf8")).has(anchor))
      return [`${link} (no such heading)`];
    return [];
  });
}

describe("links between the documents", () => {
  it("finds links, images and anchors the way GitHub does", () => {
    const sample =
      "# A page: its *name*\n## Running on PostgreSQL\n## Running on PostgreSQL\n[a](docs/x.md#y) ![i](public/s.png) `[no](code.md)` [w](https://example.org)\n```\n[no](fenced.md)\n```\n";
    expect(relativeLinks(sample)).toEqual(["docs/x.md#y", "public/s.png"]);
    expect([...headingAnchors(sample)]).toEqual([
      "a-page-its-name",
      "running-on-postgresql",
      "running-on-postgresql-1",
    ]);
  });

  it.each(documents)("every relative link in %s leads to a file (and heading) that exists", (document) => {
    expect(brokenLinks(document)).toEqual([]);
  });
});
