import { pgEnum } from "drizzle-orm/pg-core";
import {
  DATE_PRECISIONS,
  EVIDENCE_KINDS,
  FLAG_STATUSES,
  PATROL_OUTCOMES,
  REVISION_STATUSES,
  ROLES,
  STANCES,
  UN_STATUSES,
  WATCH_KINDS,
} from "@/db/enums";

export const stanceEnum = pgEnum("stance", STANCES);
export const roleEnum = pgEnum("role", ROLES);
export const revisionStatusEnum = pgEnum("revision_status", REVISION_STATUSES);
export const unStatusEnum = pgEnum("un_status", UN_STATUSES);
export const evidenceEnum = pgEnum("evidence_kind", EVIDENCE_KINDS);
export const datePrecisionEnum = pgEnum("date_precision", DATE_PRECISIONS);
export const patrolOutcomeEnum = pgEnum("patrol_outcome", PATROL_OUTCOMES);
export const flagStatusEnum = pgEnum("flag_status", FLAG_STATUSES);
export const watchKindEnum = pgEnum("watch_kind", WATCH_KINDS);
