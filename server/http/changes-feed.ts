import { localize } from "@/server/i18n/localize";
import "server-only";
import { Feed } from "feed";
import type { Change } from "@/server/services/recent-changes";
import { ENGLISH, statedOnIn, type Translation } from "@/server/i18n/translation";
import { localizeHref } from "@/server/i18n/locales";

// The Atom feed of approved changes (the `feed` package writes the XML), in a language: its words, governments' names,
// stances, dates and links; what contributors wrote stays as written.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * `feed` writes titles and summaries as `type="html"`: a feed reader renders them as HTML. What
 * contributors wrote is text, so it goes in escaped and is shown as written, never run.
 */
export const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export function changesAtom(
  changes: Change[],
  opts: { origin: string; selfPath: string; filtered: string },
  language: Translation = ENGLISH,
): string {
  const { locale, t } = language;
  const feed = new Feed({
    id: `${opts.origin}${opts.selfPath}`,
    title: t("feeds.changesTitle", { filtered: opts.filtered || "none" }),
    description: t("feeds.changesDescription"),
    link: `${opts.origin}${localizeHref(locale, "/changes")}`,
    language: locale,
    feedLinks: { atom: `${opts.origin}${opts.selfPath}` },
    updated: changes[0] ? new Date(changes[0].approvedAt) : new Date(0),
    copyright: t("feeds.changesCopyright"),
    generator: "Stance Atlas",
  });
  for (const change of changes) {
    // The topic's title and a coded summary in the feed's language where translated.
    const c = localize(locale, change);
    const link = `${opts.origin}${localizeHref(locale, `/positions/${c.positionId}`)}`;
    feed.addItem({
      id: `${opts.origin}/positions/${c.positionId}#revision-${c.revisionId}`,
      link,
      title: asHtmlText(
        t("feeds.change", {
          kind: c.kind,
          government: c.government.name,
          topic: c.topic.title,
          date: statedOnIn(language, c.statedOn, c.datePrecision),
          stance: t(`stance.${c.stance}`),
          evidence: t(`evidenceKind.${c.evidence}`).toLocaleLowerCase(locale),
        }),
      ),
      description: asHtmlText(c.translation?.summary ?? c.summary),
      date: new Date(c.approvedAt),
      author: [{ name: c.author }],
    });
  }
  return feed.atom1();
}
