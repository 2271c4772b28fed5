import { createLoader, createSerializer, parseAsStringLiteral } from "nuqs/server";
import { parseAsCalendarDate } from "../(site)/matrix/search-params";

// The state of a topic's or a government's embed: `tab=map|chart` (a topic's) and `at=` a date.

export const EMBED_TOPIC_TABS = ["map", "chart"] as const;
export type EmbedTopicTab = (typeof EMBED_TOPIC_TABS)[number];

export const embedParsers = { tab: parseAsStringLiteral(EMBED_TOPIC_TABS), at: parseAsCalendarDate };
export const loadEmbedParams = createLoader(embedParsers);
export const serializeEmbedParams = createSerializer(embedParsers);
