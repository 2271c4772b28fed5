import { type Role } from "@/db/enums";

// Who may call each tRPC procedure (the least role; "public" for everyone), and the input an allowed call
// needs: the table access.test.ts checks every procedure and every kind of caller against. A procedure
// missing here fails that test, so nobody can add one without deciding who may call it.

/**
 * Rows the inputs name, made afresh for each caller so that every allowed call can succeed:
 * `ownPending` is a pending proposal by the caller, `queued` and `toReject` pending proposals by
 * someone else, `oldVersion` an approved revision that is no longer current, `positionId` a published position,
 * `freshDate` a date with no position yet, `openPeriod` a bloc membership period not yet ended,
 * `toPatrol` and `toRevertPatrol` new positions a trusted contributor published, awaiting patrol,
 * `flagId` someone else's open flag, `contested` a position marked contested, `replyId` a reply by
 * Norway's representative (every caller with an account represents Norway too), `representativeId` a
 * link to revoke, `grantEmail` an account to link.
 */
export type Ids = {
  target: string;
  positionId: number;
  positionCurrent: number;
  ownPending: number;
  queued: number;
  toReject: number;
  oldVersion: number;
  oldCurrent: number;
  freshDate: string;
  openPeriod: number;
  toPatrol: number;
  toRevertPatrol: number;
  flagId: number;
  contested: number;
  replyId: number;
  representativeId: number;
  grantEmail: string;
};
export type Rule = { least: "public" | Role; input?: (ids: Ids) => unknown };

export const ACCESS: Record<string, Rule> = {
  "governments.get": { least: "public", input: () => ({ iso3: "BRA" }) },
  "governments.directory": { least: "public" },
  "governments.list": { least: "public" },
  "topics.list": { least: "public" },
  "topics.get": { least: "public", input: () => ({ slug: "ixps" }) },
  "topics.figure": { least: "public", input: () => ({ slug: "ixps", at: "2019-12-28" }) },
  "events.list": { least: "public" },
  "events.detail": { least: "public", input: () => ({ slug: "wtpf-2013" }) },
  "stats.site": { least: "public" },
  "stats.story": { least: "public" },
  "recordCurrency.get": { least: "public" },
  "evidenceBalance.get": { least: "public" },
  "matrix.asOf": { least: "public" },
  "matrix.cells": { least: "public", input: () => ({ at: "2014-01-01" }) },
  "matrix.recordDates": { least: "public", input: () => ({ topics: ["ixps"] }) },
  "matrix.timeline": { least: "public" },
  "positions.list": { least: "public" },
  "positions.detail": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "positions.forEdit": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "positions.record": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "audit.list": { least: "admin", input: () => ({}) },
  "imports.run": {
    least: "moderator",
    input: () => ({
      fileName: "empty.csv",
      text: "government,topic,stance,stated_on,summary,source_url,event,quote\n",
      dryRun: true,
    }),
  },
  "referenceAdmin.topics": { least: "admin" },
  "referenceAdmin.events": { least: "admin" },
  "referenceAdmin.saveTopic": {
    least: "admin",
    input: (ids) => ({
      slug: `t-${ids.freshDate}`,
      title: "A test topic",
      description: "A topic made by the access test.",
      multistakeholderPole: "Everyone decides together.",
      intergovernmentalPole: "Governments decide alone.",
    }),
  },
  "referenceAdmin.saveEvent": {
    least: "admin",
    input: (ids) => ({
      slug: `e-${ids.freshDate}`,
      name: "A test event",
      place: "Geneva",
      startDate: "2020-01-01",
      endDate: "2020-01-02",
    }),
  },
  "referenceAdmin.retireTopic": { least: "admin", input: () => ({ slug: "ipv6-transition", retired: false }) },
  "referenceAdmin.retireEvent": { least: "admin", input: () => ({ slug: "igf-2013", retired: false }) },
  "referenceAdmin.blocs": { least: "admin" },
  "referenceAdmin.saveBloc": {
    least: "admin",
    input: (ids) => ({
      slug: `b-${ids.freshDate}`,
      name: "A test bloc",
      description: "A bloc made by the access test.",
      coverageNote: "",
      coverage: "partial",
    }),
  },
  "referenceAdmin.translations": { least: "admin", input: () => ({ locale: "fr" }) },
  "referenceAdmin.saveTranslation": {
    least: "admin",
    input: (ids) => ({
      kind: "event",
      slug: "igf-2013",
      locale: "fr",
      fields: { name: `FGI ${ids.freshDate}`, place: "Bali" },
    }),
  },
  "referenceAdmin.retireBloc": { least: "admin", input: () => ({ slug: "sco", retired: false }) },
  "referenceAdmin.addMembership": {
    least: "admin",
    input: (ids) => ({
      bloc: "eu",
      government: "NOR",
      joinedOn: ids.freshDate,
      joinedPrecision: "day",
      sourceUrl: "https://example.org/eu",
    }),
  },
  "referenceAdmin.endMembership": {
    least: "admin",
    input: (ids) => ({ id: ids.openPeriod, leftOn: "2030-01-01", leftSourceUrl: "https://example.org/left" }),
  },
  "blocs.list": { least: "public" },
  "blocs.get": { least: "public", input: () => ({ slug: "eu" }) },
  "blocs.periods": { least: "public" },
  "blocs.stances": { least: "public", input: () => ({ slug: "brics", at: "2020-01-01" }) },
  "blocs.compare": { least: "public", input: () => ({ governments: ["RUS", "USA"], at: "2019-12-28" }) },
  "blocs.agreement": { least: "public", input: () => ({ iso3: "RUS" }) },
  "changes.list": { least: "public", input: () => ({}) },
  "search.positions": { least: "public", input: () => ({ q: "cybercrime" }) },
  "records.list": { least: "public" },
  "camps.asOf": { least: "public", input: () => ({ at: "2019-12-28" }) },
  "records.detail": { least: "public", input: () => ({ slug: "unga-73-27-oewg-2018" }) },
  "log.list": { least: "public", input: () => ({ action: "rejected" }) },
  "moderation.queue": { least: "moderator", input: () => ({}) },
  "moderation.record": { least: "moderator", input: (ids) => ({ id: ids.positionId }) },
  "moderation.replies": { least: "moderator", input: (ids) => ({ id: ids.positionId }) },
  "moderation.approve": { least: "moderator", input: (ids) => ({ revisionId: ids.queued }) },
  "moderation.reject": {
    least: "moderator",
    input: (ids) => ({ revisionId: ids.toReject, reason: "No source for this." }),
  },
  "moderation.revert": {
    least: "moderator",
    input: (ids) => ({
      revisionId: ids.oldVersion,
      seenRevisionId: ids.oldCurrent,
      reason: "Back to the sourced version.",
    }),
  },
  "moderation.withdrawPosition": {
    least: "moderator",
    input: (ids) => ({
      positionId: ids.positionId,
      seenRevisionId: ids.positionCurrent,
      reason: "Misattributed statement.",
    }),
  },
  "moderation.patrolQueue": { least: "moderator" },
  "moderation.markPatrolled": { least: "moderator", input: (ids) => ({ revisionId: ids.toPatrol }) },
  "moderation.revertPatrolled": {
    least: "moderator",
    input: (ids) => ({ revisionId: ids.toRevertPatrol, reason: "Not what the source says." }),
  },
  "flags.flag": {
    least: "contributor",
    input: (ids) => ({ positionId: ids.contested, reason: "The source says the opposite." }),
  },
  "flags.mine": { least: "contributor" },
  "flags.queue": { least: "moderator" },
  "flags.resolve": {
    least: "moderator",
    input: (ids) => ({ flagId: ids.flagId, outcome: "dismissed", note: "The source supports the coding." }),
  },
  "flags.contest": {
    least: "moderator",
    input: (ids) => ({ positionId: ids.contested, note: "Two sources disagree on this." }),
  },
  "flags.clearContest": {
    least: "moderator",
    input: (ids) => ({ positionId: ids.contested, reason: "Settled by a third source." }),
  },
  "contributions.mine": { least: "contributor" },
  "contributions.propose": {
    least: "contributor",
    input: (ids) => ({
      government: "NOR",
      topic: "ixps",
      stance: "mixed",
      statedOn: ids.freshDate,
      summary: "Norway spoke about exchange points.",
      sources: ["https://example.org/norway"],
    }),
  },
  "contributions.withdraw": { least: "contributor", input: (ids) => ({ revisionId: ids.ownPending }) },
  "adminUsers.list": { least: "admin", input: () => ({}) },
  "adminUsers.setRole": { least: "admin", input: (ids) => ({ userId: ids.target, role: "moderator" }) },
  "adminUsers.setTrusted": { least: "admin", input: (ids) => ({ userId: ids.target, trusted: true }) },
  "adminUsers.ban": { least: "admin", input: (ids) => ({ userId: ids.target, reason: "Access table test" }) },
  "adminUsers.unban": { least: "admin", input: (ids) => ({ userId: ids.target }) },
  "adminUsers.resetSecondFactor": {
    least: "admin",
    input: (ids) => ({ userId: ids.target, reason: "Lost their phone and their codes." }),
  },
  "releases.list": { least: "public" },
  "releases.get": { least: "public", input: () => ({ version: 1 }) },
  "releases.preview": { least: "admin" },
  // Release 1 is published before the callers' positions are made: the admin's release has changes to publish.
  "releases.publish": { least: "admin", input: (ids) => ({ note: `The access test's release of ${ids.freshDate}.` }) },
  "watches.status": { least: "contributor", input: () => ({ kind: "government", target: "NOR" }) },
  "watches.set": { least: "contributor", input: () => ({ kind: "topic", target: "ixps", watching: true }) },
  "watches.mine": { least: "contributor" },
  "watches.newFeedToken": { least: "contributor" },
  "watches.revokeFeed": { least: "contributor" },
  "alerts.mine": { least: "contributor" },
  "alerts.save": { least: "contributor", input: () => ({ dailyDigest: true, proposalsWaiting: false }) },
  "replies.forPosition": { least: "public", input: (ids) => ({ id: ids.contested }) },
  "replies.forGovernment": { least: "public", input: () => ({ iso3: "NOR" }) },
  "replies.myRepresentation": { least: "contributor" },
  // Only representatives may post, and only on their own government's positions (replies.test.ts): each caller represents Norway.
  "replies.post": {
    least: "contributor",
    input: (ids) => ({
      positionId: ids.contested,
      body: "Norway's position is stated in full on our ministry's site.",
    }),
  },
  "replies.hide": {
    least: "moderator",
    input: (ids) => ({ replyId: ids.replyId, reason: "Abusive language towards a person." }),
  },
  "replies.representatives": { least: "admin" },
  "replies.grant": {
    least: "admin",
    input: (ids) => ({
      email: ids.grantEmail,
      government: "NOR",
      verificationNote: "A letter from the ministry, checked by phone.",
    }),
  },
  "replies.revoke": {
    least: "admin",
    input: (ids) => ({ representativeId: ids.representativeId, reason: "They left the ministry in March." }),
  },
};
