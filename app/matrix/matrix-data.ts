import { type EventSummary } from "@/server/services/events";
import { type GovernmentEntry } from "@/server/services/governments";
import { type TopicSummary } from "@/server/services/topics";
import { type TimelineEntry } from "@/server/shared/matrix-types";

/** What the server hands the matrix explorer: everything it needs to move through time locally. */
export type MatrixData = {
  today: string;
  governments: GovernmentEntry[];
  topics: TopicSummary[];
  selected: string[];
  events: EventSummary[];
  timeline: TimelineEntry[];
};
