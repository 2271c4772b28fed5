import "server-only";
import { Feed } from "feed";
import { type LogEntry } from "@/server/services/moderation-log";
import { LOG_ACTION_LABEL } from "@/server/schemas/moderation-log";
import { asHtmlText } from "./changes-feed";

// The Atom feed of the public moderation log (the `feed` package writes the XML).

export function logAtom(entries: LogEntry[], opts: { origin: string; selfPath: string; filtered: string }): string {
  const feed = new Feed({
    id: `${opts.origin}${opts.selfPath}`,
    title: `Stance Atlas: moderation log${opts.filtered ? ` (${opts.filtered})` : ""}`,
    description: "Every moderation decision on Stance Atlas, newest first, with the moderator and the reason given.",
    link: `${opts.origin}/log`,
    feedLinks: { atom: `${opts.origin}${opts.selfPath}` },
    updated: entries[0] ? new Date(entries[0].at) : new Date(0),
    copyright: "CC BY 4.0: credit Stance Atlas.",
    generator: "Stance Atlas",
  });
  for (const e of entries) {
    feed.addItem({
      id: `${opts.origin}/log#entry-${e.id}`,
      link: e.position.published ? `${opts.origin}/positions/${e.position.id}` : `${opts.origin}/log`,
      title: asHtmlText(`${LOG_ACTION_LABEL[e.action]}: ${e.position.government.name} on ${e.position.topic.title}`),
      description: asHtmlText(e.reason ? `Reason: ${e.reason}` : `${LOG_ACTION_LABEL[e.action]} by ${e.moderator}.`),
      date: new Date(e.at),
      author: [{ name: e.moderator }],
    });
  }
  return feed.atom1();
}
