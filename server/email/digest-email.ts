import "server-only";
import { STANCE_LABEL } from "@/db/enums";
import type { Change } from "@/server/services/recent-changes";
import { formatStatedOn } from "@/server/shared/stated-on";
import { type Email } from "./mailer";

// The daily digest as plain text: what changed in what the reader watches, with links, and for a
// moderator who asked, the proposals waiting. One-click unsubscribe (RFC 8058) in its headers.

const KIND = { new: "New position", edit: "Edit", revert: "Revert", withdrawal: "Withdrawn" } as const;

type Digest = {
  to: string;
  name: string;
  changes: Change[];
  waiting: { total: number; new: number } | null;
  siteOrigin: string;
  unsubscribeToken: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function digestEmail({ to, name, changes, waiting, siteOrigin, unsubscribeToken }: Digest): Email {
  const unsubscribeUrl = `${siteOrigin}/api/alerts/unsubscribe/${unsubscribeToken}`;
  const parts = [
    changes.length ? plural(changes.length, "change", "changes") + " to what you watch" : null,
    waiting?.new ? plural(waiting.new, "new proposal", "new proposals") + " waiting" : null,
  ].filter(Boolean);
  const lines = [
    `Hello${name ? ` ${name}` : ""},`,
    "",
    ...(changes.length
      ? [
          "Approved since your last digest:",
          "",
          ...changes.flatMap((c) => [
            `${KIND[c.kind]}: ${c.government.name} on ${c.topic.title} (${formatStatedOn(c.statedOn, c.datePrecision)}): ${STANCE_LABEL[c.stance]}`,
            `  ${siteOrigin}/positions/${c.positionId}`,
          ]),
          "",
        ]
      : []),
    ...(waiting?.new
      ? [
          `${plural(waiting.new, "new proposal waits", "new proposals wait")} for review (${waiting.total} in all): ${siteOrigin}/moderation`,
          "",
        ]
      : []),
    `Your watchlist: ${siteOrigin}/me/watchlist`,
    `Stop these emails: ${siteOrigin}/alerts/unsubscribe/${unsubscribeToken}`,
  ];
  return {
    to,
    subject: `Stance Atlas: ${parts.join(", ")}`,
    text: lines.join("\n"),
    headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
