import { createLoader, createSerializer, parseAsStringLiteral } from "./query-params";
import { FIGURE_KINDS } from "@/server/schemas/figures";
import { parseAsCalendarDate } from "./matrix";

// The state of a topic's or a government's embed: `tab=map|chart` (a topic's) and `at=` a date.

export const embedParsers = { tab: parseAsStringLiteral(FIGURE_KINDS), at: parseAsCalendarDate };
export const loadEmbedParams = createLoader(embedParsers);
export const serializeEmbedParams = createSerializer(embedParsers);
