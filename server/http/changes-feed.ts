import "server-only";
import { Feed } from "feed";
import { EVIDENCE_LABEL, STANCE_LABEL } from "@/db/enums";
import type { Change } from "@/server/services/recent-changes";
import { formatStatedOn } from "@/server/shared/stated-on";

// The Atom feed of approved changes (the `feed` package writes the XML).

const KIND = { new: "New position", edit: "Edit", revert: "Revert", withdrawal: "Withdrawn" } as const;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * `feed` writes titles and summaries as `type="html"`: a feed reader renders them as HTML. What
 * contributors wrote is text, so it goes in escaped and is shown as written, never run.
 */
export const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export function changesAtom(changes: Change[], opts: { origin: string; selfPath: string; filtered: string }): string {
  const feed = new Feed({
    id: `${opts.origin}${opts.selfPath}`,
    title: `Stance Atlas: recent changes${opts.filtered ? ` (${opts.filtered})` : ""}`,
    description: "Approved changes to governments' recorded positions on Internet governance.",
    link: `${opts.origin}/changes`,
    feedLinks: { atom: `${opts.origin}${opts.selfPath}` },
    updated: changes[0] ? new Date(changes[0].approvedAt) : new Date(0),
    copyright: "Data under CC BY 4.0: credit Stance Atlas and the original sources.",
    generator: "Stance Atlas",
  });
  for (const c of changes) {
    const link = `${opts.origin}/positions/${c.positionId}`;
    feed.addItem({
      id: `${opts.origin}/positions/${c.positionId}#revision-${c.revisionId}`,
      link,
      title: asHtmlText(
        `${KIND[c.kind]}: ${c.government.name} on ${c.topic.title} (${formatStatedOn(c.statedOn, c.datePrecision)}): ${STANCE_LABEL[c.stance]} (${EVIDENCE_LABEL[c.evidence].toLowerCase()})`,
      ),
      description: asHtmlText(c.summary),
      date: new Date(c.approvedAt),
      author: [{ name: c.author }],
    });
  }
  return feed.atom1();
}
