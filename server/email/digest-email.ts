import "server-only";
import type { Change } from "@/server/services/recent-changes";
import { localizeHref } from "@/server/i18n/locales";
import { localize } from "@/server/i18n/localize";
import { ENGLISH, statedOnIn, type Translation } from "@/server/i18n/translation";
import { type Email } from "./mailer";

// The daily digest as plain text, in the reader's language (governments' names and topics' titles too, where
// translated: server/i18n/localize.ts): what changed in what the reader watches, with links, and
// for a moderator who asked, the proposals waiting. One-click unsubscribe (RFC 8058) in its headers.

type Digest = {
  to: string;
  name: string;
  changes: Change[];
  waiting: { total: number; new: number } | null;
  siteOrigin: string;
  unsubscribeToken: string;
};

export function digestEmail(
  { to, name, changes, waiting, siteOrigin, unsubscribeToken }: Digest,
  translation: Translation = ENGLISH,
): Email {
  const { locale, t } = translation;
  const page = (path: string) => `${siteOrigin}${localizeHref(locale, path)}`;
  const unsubscribeUrl = `${siteOrigin}/api/alerts/unsubscribe/${unsubscribeToken}`;
  const parts = [
    changes.length ? t("emails.digestChanges", { count: changes.length }) : null,
    waiting?.new ? t("emails.digestProposals", { count: waiting.new }) : null,
  ].filter((part) => part !== null);
  const lines = [
    t("emails.hello", { name: name || "none" }),
    "",
    ...(changes.length
      ? [
          t("emails.approvedSince"),
          "",
          ...localize(locale, changes).flatMap((c) => [
            t("emails.change", {
              kind: c.kind,
              government: c.government.name,
              topic: c.topic.title,
              date: statedOnIn(translation, c.statedOn, c.datePrecision),
              stance: t(`stance.${c.stance}`),
            }),
            `  ${page(`/positions/${c.positionId}`)}`,
          ]),
          "",
        ]
      : []),
    ...(waiting?.new
      ? [t("emails.waiting", { count: waiting.new, total: waiting.total, url: page("/moderation") }), ""]
      : []),
    t("emails.watchlist", { url: page("/me/watchlist") }),
    t("emails.stop", { url: page(`/alerts/unsubscribe/${unsubscribeToken}`) }),
  ];
  return {
    to,
    subject: t("emails.digestSubject", { parts: new Intl.ListFormat(locale, { type: "unit" }).format(parts) }),
    text: lines.join("\n"),
    headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
