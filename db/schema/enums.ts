import { pgEnum } from "drizzle-orm/pg-core";
import { REVISION_STATUSES, ROLES, STANCES, UN_STATUSES } from "@/db/enums";

export const stanceEnum = pgEnum("stance", STANCES);
export const roleEnum = pgEnum("role", ROLES);
export const revisionStatusEnum = pgEnum("revision_status", REVISION_STATUSES);
export const unStatusEnum = pgEnum("un_status", UN_STATUSES);
