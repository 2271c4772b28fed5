import "server-only";
import { type ChangesQuery } from "@/server/schemas/proposals";
import { getBloc, listBlocs } from "@/server/services/blocs";
import { compareGovernments } from "@/server/services/compare";
import { listEvents } from "@/server/services/events";
import { closestAndFurthest } from "@/server/services/government-agreement";
import { listGovernments } from "@/server/services/governments";
import { matrixAsOf } from "@/server/services/matrix";
import { moderationLog } from "@/server/services/moderation-log";
import { listPositions, positionHistory } from "@/server/services/positions";
import { recentChanges } from "@/server/services/recent-changes";
import { searchPositions } from "@/server/services/search";
import { getRecord, recordTopics } from "@/server/services/records";
import { campsAsOf } from "@/server/services/camps";
import { getRelease, listReleases, releaseFile } from "@/server/services/releases";
import { publishedPositionReplies } from "@/server/services/replies";
import { topicFigure } from "@/server/services/topic-figure";
import { listTopics } from "@/server/services/topics";
import { todayUtc } from "@/server/shared/dates";
import { cachedRead } from "./cached-read";
import { viewTags } from "./view-tags";

// The public read API's loads, each cached with the tags of what its answer shows.

export const publicReads = {
  matrix: cachedRead("matrix", matrixAsOf, (query) => [
    viewTags.positions,
    viewTags.topics,
    ...(query.bloc ? [viewTags.bloc(query.bloc)] : []),
  ]),
  positions: cachedRead("positions", listPositions, (query = {}) => [
    query.government
      ? viewTags.government(query.government)
      : query.topic
        ? viewTags.topic(query.topic)
        : viewTags.positions,
    ...(query.event ? [viewTags.events] : []),
  ]),
  /** The Atom feed's entries: the newest 50 approved changes. */
  changes: cachedRead(
    "changes",
    (db, query: ChangesQuery) => recentChanges(db, query, 50),
    (query) => [
      query.government
        ? viewTags.government(query.government)
        : query.topic
          ? viewTags.topic(query.topic)
          : viewTags.positions,
      viewTags.topics,
    ],
  ),
  /** The moderation log's feed: dropped by every moderation decision (migration 0012). */
  log: cachedRead("log", moderationLog, () => [viewTags.log, viewTags.topics]),
  history: cachedRead("history", positionHistory, (id) => [viewTags.position(id)]),
  /** A reply is announced as a change to its position (migration 0015). */
  replies: cachedRead("replies", publishedPositionReplies, (id) => [viewTags.position(id)]),
  topics: cachedRead("topics", listTopics, () => [viewTags.topics]),
  /** A search's answer: any approval may change it, and topics' and events' words are in its documents. */
  search: cachedRead("search", searchPositions, () => [viewTags.positions, viewTags.topics, viewTags.events]),
  events: cachedRead("events", listEvents, () => [viewTags.events]),
  /** Camps: every government's positions count, and a bloc's members where one is asked for. */
  camps: cachedRead("camps", campsAsOf, (query = {}) => [
    viewTags.positions,
    viewTags.topics,
    ...(query.bloc ? [viewTags.bloc(query.bloc)] : []),
  ]),
  /** A record's rows link the positions they became: only its topics' positions change it. */
  record: cachedRead("record", getRecord, (slug: string) => recordTopics(slug).map(viewTags.topic)),
  /** Governments side by side: only their own positions change it (and topics, events: its rows and time stops). */
  compare: cachedRead("compare", compareGovernments, (query) => [
    ...query.governments.map(viewTags.government),
    viewTags.topics,
    viewTags.events,
  ]),
  /** Closest and furthest: every government's positions count. */
  agreement: cachedRead("agreement", closestAndFurthest, () => [viewTags.positions, viewTags.topics]),
  /** A topic's map and chart as of a date: its positions and the events (the chart's columns). */
  topicFigure: cachedRead(
    "topic-figure",
    (db, { slug, at }: { slug: string; at: string }) => topicFigure(db, slug, at, todayUtc()),
    ({ slug }) => [viewTags.topic(slug), viewTags.events],
  ),
  releases: cachedRead("releases", listReleases, () => [viewTags.releases]),
  release: cachedRead("release", getRelease, () => [viewTags.releases]),
  /** A release's file never changes: cached until the server restarts (or memory runs short). */
  releaseFile: cachedRead(
    "release-file",
    (db, { version, name }: { version: number; name: string }) => releaseFile(db, version, name),
    () => [viewTags.releases],
  ),
  blocs: cachedRead("blocs", listBlocs, () => [viewTags.blocs]),
  bloc: cachedRead(
    "bloc",
    (db, { slug, at }: { slug: string; at?: string }) => getBloc(db, slug, { at }),
    ({ slug }) => [viewTags.bloc(slug)],
  ),
  // The governments are the UN's list, loaded with the seed: only a change of everything drops it.
  governments: cachedRead("governments", listGovernments, () => [viewTags.all]),
};
