import "server-only";
import { Feed } from "feed";
import { type LogEntry } from "@/server/services/moderation-log";
import { ENGLISH, type Translation } from "@/server/i18n/translation";
import { withNameIn } from "@/server/i18n/government-names";
import { localizeHref } from "@/server/i18n/locales";
import { asHtmlText } from "./changes-feed";

// The Atom feed of the public moderation log (the `feed` package writes the XML), in a language; the reasons moderators
// wrote stay as written.

export function logAtom(
  entries: LogEntry[],
  opts: { origin: string; selfPath: string; filtered: string },
  { locale, t }: Translation = ENGLISH,
): string {
  const page = (path: string) => `${opts.origin}${localizeHref(locale, path)}`;
  const feed = new Feed({
    id: `${opts.origin}${opts.selfPath}`,
    title: t("feeds.logTitle", { filtered: opts.filtered || "none" }),
    description: t("feeds.logDescription"),
    link: page("/log"),
    language: locale,
    feedLinks: { atom: `${opts.origin}${opts.selfPath}` },
    updated: entries[0] ? new Date(entries[0].at) : new Date(0),
    copyright: t("feeds.logCopyright"),
    generator: "Stance Atlas",
  });
  for (const e of entries) {
    const action = t("feeds.action", { action: e.action });
    feed.addItem({
      id: `${opts.origin}/log#entry-${e.id}`,
      link: e.position.published ? page(`/positions/${e.position.id}`) : page("/log"),
      title: asHtmlText(
        t("feeds.decision", {
          action,
          government: withNameIn(locale, e.position.government).name,
          topic: e.position.topic.title,
        }),
      ),
      description: asHtmlText(
        e.reason ? t("feeds.reason", { reason: e.reason }) : t("feeds.by", { action, moderator: e.moderator }),
      ),
      date: new Date(e.at),
      author: [{ name: e.moderator }],
    });
  }
  return feed.atom1();
}
