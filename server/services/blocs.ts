import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { type DatePrecision } from "@/db/enums";
import { blocMemberships, blocs, governments } from "@/db/schema";
import { type Translations } from "@/db/schema/translations";
import { type BlocQuery } from "@/server/schemas/blocs";
import { isMemberOn, type MembershipPeriod } from "@/server/shared/bloc-membership";
import { todayUtc } from "@/server/shared/dates";
import { BadInputError, NotFoundError } from "@/server/shared/errors";

// Blocs as readers see them: who belonged on a date, with every period and its source.

type BlocTranslations = Translations<"name" | "description" | "coverageNote">;
export type BlocSummary = { slug: string; name: string; memberCount: number; translations: BlocTranslations };

/** SQL for "this period makes a member on `at`": the same rule as isMemberOn, in the database. */
const memberOn = (at: string) =>
  sql`${blocMemberships.joinedOn} <= ${at} and (${blocMemberships.leftOn} is null or ${blocMemberships.leftOn} > ${at})`;

/** Active blocs, by name, with their member count as of `at` (today by default). */
export async function listBlocs(db: Database, query: BlocQuery = {}): Promise<BlocSummary[]> {
  const at = query.at ?? todayUtc();
  const rows = await db
    .select({
      slug: blocs.slug,
      name: blocs.name,
      translations: blocs.translations,
      memberCount: sql<number>`count(${blocMemberships.id}) filter (where ${memberOn(at)})`.mapWith(Number),
    })
    .from(blocs)
    .leftJoin(blocMemberships, eq(blocMemberships.blocSlug, blocs.slug))
    .where(isNull(blocs.retiredAt))
    .groupBy(blocs.slug)
    .orderBy(asc(blocs.name));
  return rows;
}

/** A membership period as pages and the API show it. */
export const periodColumns = {
  joinedOn: blocMemberships.joinedOn,
  joinedPrecision: blocMemberships.joinedPrecision,
  sourceUrl: blocMemberships.sourceUrl,
  leftOn: blocMemberships.leftOn,
  leftSourceUrl: blocMemberships.leftSourceUrl,
};

export type Period = {
  joinedOn: string;
  joinedPrecision: DatePrecision;
  sourceUrl: string;
  leftOn: string | null;
  leftSourceUrl: string | null;
};
export type BlocMember = { iso3: string; name: string; periods: Period[] };
/** `members` as of `at`; `former`: those whose every period ended on or before it. */
export type BlocDetail = {
  slug: string;
  name: string;
  description: string;
  coverageNote: string;
  complete: boolean;
  translations: BlocTranslations;
  at: string;
  members: BlocMember[];
  former: BlocMember[];
};

/** The bloc's members as of `at` (today by default), by name, each with all its periods and their sources. */
export async function getBloc(db: Database, slug: string, query: BlocQuery = {}): Promise<BlocDetail> {
  const at = query.at ?? todayUtc();
  const [bloc] = await db
    .select({
      slug: blocs.slug,
      name: blocs.name,
      description: blocs.description,
      coverageNote: blocs.coverageNote,
      complete: blocs.complete,
      translations: blocs.translations,
    })
    .from(blocs)
    .where(and(eq(blocs.slug, slug), isNull(blocs.retiredAt)));
  if (!bloc) throw new NotFoundError(`No bloc has the slug ${slug}.`);
  const rows = await db
    .select({ iso3: blocMemberships.governmentIso3, name: governments.name, ...periodColumns })
    .from(blocMemberships)
    .innerJoin(governments, eq(governments.iso3, blocMemberships.governmentIso3))
    .where(eq(blocMemberships.blocSlug, slug))
    .orderBy(asc(governments.name), asc(blocMemberships.joinedOn));
  const members = new Map<string, BlocMember>();
  for (const { iso3, name, ...period } of rows) {
    const member = members.get(iso3) ?? { iso3, name, periods: [] };
    member.periods.push(period);
    members.set(iso3, member);
  }
  const all = [...members.values()];
  const current = all.filter((m) => m.periods.some((p) => isMemberOn({ iso3: m.iso3, ...p }, at)));
  const former = all.filter((m) => !current.includes(m) && m.periods.some((p) => p.leftOn !== null && p.leftOn <= at));
  return { ...bloc, at, members: current, former };
}

export type BlocPeriods = { slug: string; name: string; translations: BlocTranslations; periods: MembershipPeriod[] };

/** Every active bloc with all its membership periods: small, and enough for any date in the browser. */
export async function allBlocPeriods(db: Database): Promise<BlocPeriods[]> {
  const rows = await db
    .select({
      slug: blocs.slug,
      name: blocs.name,
      translations: blocs.translations,
      iso3: blocMemberships.governmentIso3,
      joinedOn: blocMemberships.joinedOn,
      leftOn: blocMemberships.leftOn,
    })
    .from(blocs)
    .leftJoin(blocMemberships, eq(blocMemberships.blocSlug, blocs.slug))
    .where(isNull(blocs.retiredAt))
    .orderBy(asc(blocs.name), asc(blocMemberships.governmentIso3), asc(blocMemberships.joinedOn));
  const byBloc = new Map<string, BlocPeriods>();
  for (const { slug, name, translations, iso3, joinedOn, leftOn } of rows) {
    const bloc = byBloc.get(slug) ?? { slug, name, translations, periods: [] };
    if (iso3 && joinedOn) bloc.periods.push({ iso3, joinedOn, leftOn });
    byBloc.set(slug, bloc);
  }
  return [...byBloc.values()];
}

/** The members of an active bloc on `at`; an unknown slug in a filter is the reader's mistake (400). */
export async function blocMembersOn(db: Database, slug: string, at: string): Promise<Set<string>> {
  const [bloc] = await db
    .select({ slug: blocs.slug })
    .from(blocs)
    .where(and(eq(blocs.slug, slug), isNull(blocs.retiredAt)));
  if (!bloc) throw new BadInputError(`Unknown bloc: ${slug}.`);
  const rows = await db
    .select({ iso3: blocMemberships.governmentIso3 })
    .from(blocMemberships)
    .where(and(eq(blocMemberships.blocSlug, slug), memberOn(at)));
  return new Set(rows.map((r) => r.iso3));
}
