import { type EventSummary } from "@/server/services/events";
import { type GovernmentEntry } from "@/server/services/governments";
import { type TopicSummary } from "@/server/services/topics";

/** What the server hands the matrix explorer; the cells themselves come through the query cache. */
export type MatrixData = {
  today: string;
  governments: GovernmentEntry[];
  topics: TopicSummary[];
  selected: string[];
  events: EventSummary[];
  /** Years with positions on the selected topics (stops for the time control). */
  years: string[];
};
