import "server-only";
import { adminUsersRouter } from "./routers/admin-users";
import { auditRouter } from "./routers/audit";
import { blocsRouter } from "./routers/blocs";
import { changesRouter } from "./routers/changes";
import { campsRouter } from "./routers/camps";
import { recordsRouter } from "./routers/records";
import { searchRouter } from "./routers/search";
import { contributionsRouter } from "./routers/contributions";
import { eventsRouter } from "./routers/events";
import { flagsRouter } from "./routers/flags";
import { governmentsRouter } from "./routers/governments";
import { importsRouter } from "./routers/imports";
import { matrixRouter } from "./routers/matrix";
import { moderationRouter } from "./routers/moderation";
import { moderationLogRouter } from "./routers/moderation-log";
import { positionsRouter } from "./routers/positions";
import { referenceAdminRouter } from "./routers/reference-admin";
import { alertsRouter } from "./routers/alerts";
import { watchesRouter } from "./routers/watches";
import { repliesRouter } from "./routers/replies";
import { releasesRouter } from "./routers/releases";
import { statsRouter } from "./routers/stats";
import { evidenceBalanceRouter } from "./routers/evidence-balance";
import { recordCurrencyRouter } from "./routers/record-currency";
import { topicsRouter } from "./routers/topics";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  governments: governmentsRouter,
  topics: topicsRouter,
  events: eventsRouter,
  stats: statsRouter,
  recordCurrency: recordCurrencyRouter,
  evidenceBalance: evidenceBalanceRouter,
  matrix: matrixRouter,
  blocs: blocsRouter,
  positions: positionsRouter,
  contributions: contributionsRouter,
  adminUsers: adminUsersRouter,
  moderation: moderationRouter,
  log: moderationLogRouter,
  changes: changesRouter,
  camps: campsRouter,
  records: recordsRouter,
  search: searchRouter,
  audit: auditRouter,
  imports: importsRouter,
  referenceAdmin: referenceAdminRouter,
  releases: releasesRouter,
  flags: flagsRouter,
  replies: repliesRouter,
  watches: watchesRouter,
  alerts: alertsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
