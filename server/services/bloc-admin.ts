import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, blocMemberships, blocs, governments } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { blocInputSchema, endMembershipInputSchema, membershipInputSchema } from "@/server/schemas/bloc-admin";
import { periodEnd } from "@/server/shared/stated-on";
import { ConflictError, FieldError, NotFoundError } from "@/server/shared/errors";
import { type Period, periodColumns } from "./blocs";

// Admins create and edit blocs, add membership periods (each with its source) and end them. A
// slug never changes (links and the API name it); nothing is deleted: a bloc is retired, a
// period ended. Every change is audited; cached pages follow through the database's announcements.

export type ManagedPeriod = Period & { id: number; bloc: string; iso3: string; name: string };
export type ManagedBloc = {
  slug: string;
  name: string;
  description: string;
  coverageNote: string;
  complete: boolean;
  retired: boolean;
  periods: ManagedPeriod[];
};

export async function listBlocsForAdmin(db: Database): Promise<ManagedBloc[]> {
  const [rows, periods] = await Promise.all([
    db
      .select({
        slug: blocs.slug,
        name: blocs.name,
        description: blocs.description,
        coverageNote: blocs.coverageNote,
        complete: blocs.complete,
        retiredAt: blocs.retiredAt,
      })
      .from(blocs)
      .orderBy(asc(blocs.name)),
    db
      .select({
        id: blocMemberships.id,
        bloc: blocMemberships.blocSlug,
        iso3: blocMemberships.governmentIso3,
        name: governments.name,
        ...periodColumns,
      })
      .from(blocMemberships)
      .innerJoin(governments, eq(governments.iso3, blocMemberships.governmentIso3))
      .orderBy(asc(governments.name), asc(blocMemberships.joinedOn)),
  ]);
  return rows.map(({ retiredAt, ...bloc }) => ({
    ...bloc,
    retired: retiredAt !== null,
    periods: periods.filter((p) => p.bloc === bloc.slug),
  }));
}

async function audit(tx: Transaction, actor: Actor, action: string, slug: string, details: Record<string, unknown>) {
  await tx.insert(auditLog).values({ actorId: actor.id, action, targetType: "bloc", targetId: slug, details });
}

export async function saveBloc(db: Database, actor: Actor, input: unknown): Promise<{ slug: string }> {
  const { originalSlug, coverage, ...fields } = blocInputSchema.parse(input);
  const bloc = { ...fields, complete: coverage === "complete" };
  return db.transaction(async (tx) => {
    if (!originalSlug) {
      const [taken] = await tx.select({ slug: blocs.slug }).from(blocs).where(eq(blocs.slug, bloc.slug));
      if (taken) throw new FieldError("slug", `The slug ${bloc.slug} is already used.`);
      await tx.insert(blocs).values(bloc);
      await audit(tx, actor, "bloc.create", bloc.slug, { name: bloc.name });
      return { slug: bloc.slug };
    }
    if (bloc.slug !== originalSlug)
      throw new FieldError("slug", "A bloc's slug cannot change: links and the API name it.");
    const [updated] = await tx
      .update(blocs)
      .set(bloc)
      .where(eq(blocs.slug, originalSlug))
      .returning({ slug: blocs.slug });
    if (!updated) throw new NotFoundError(`No bloc has the slug ${originalSlug}.`);
    await audit(tx, actor, "bloc.update", bloc.slug, { name: bloc.name, complete: bloc.complete });
    return { slug: bloc.slug };
  });
}

/** A new period: the government must exist, and must not already be a member at any time the period covers. */
export async function addMembership(db: Database, actor: Actor, input: unknown): Promise<{ id: number }> {
  const { bloc, government, joinedPrecision, sourceUrl, ...given } = membershipInputSchema.parse(input);
  // Known only to the month or year: counted from the period's last day, like a position's date.
  const joinedOn = periodEnd(given.joinedOn, joinedPrecision);
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ slug: blocs.slug }).from(blocs).where(eq(blocs.slug, bloc)).for("update");
    if (!row) throw new NotFoundError(`No bloc has the slug ${bloc}.`);
    const [known] = await tx
      .select({ iso3: governments.iso3 })
      .from(governments)
      .where(eq(governments.iso3, government));
    if (!known) throw new FieldError("government", `No government has the code ${government}.`);
    const periods = await tx
      .select({ joinedOn: blocMemberships.joinedOn, leftOn: blocMemberships.leftOn })
      .from(blocMemberships)
      .where(and(eq(blocMemberships.blocSlug, bloc), eq(blocMemberships.governmentIso3, government)));
    const clash = periods.find((p) => p.leftOn === null || p.leftOn > joinedOn);
    if (clash) {
      throw new FieldError(
        "joinedOn",
        clash.leftOn === null
          ? `${government} is already a member from ${clash.joinedOn}: end that period first.`
          : `${government} was a member until ${clash.leftOn}: a new period must start on or after that day.`,
      );
    }
    const [created] = await tx
      .insert(blocMemberships)
      .values({ blocSlug: bloc, governmentIso3: government, joinedOn, joinedPrecision, sourceUrl })
      .returning({ id: blocMemberships.id });
    if (!created) throw new Error("The membership was not saved.");
    await audit(tx, actor, "bloc.membership.add", bloc, { government, joinedOn, joinedPrecision, sourceUrl });
    return created;
  });
}

/** Ends an open period on the day the government left (a member up to the day before), with the source that says so. */
export async function endMembership(db: Database, actor: Actor, input: unknown): Promise<void> {
  const { id, leftOn, leftSourceUrl } = endMembershipInputSchema.parse(input);
  await db.transaction(async (tx) => {
    const [period] = await tx.select().from(blocMemberships).where(eq(blocMemberships.id, id)).for("update");
    if (!period) throw new NotFoundError(`No membership period has the id ${id}.`);
    if (period.leftOn !== null) throw new ConflictError(`This period already ended on ${period.leftOn}.`);
    if (leftOn <= period.joinedOn)
      throw new FieldError("leftOn", `Left on: after the day it joined (${period.joinedOn}).`);
    await tx
      .update(blocMemberships)
      .set({ leftOn, leftSourceUrl })
      .where(and(eq(blocMemberships.id, id), isNull(blocMemberships.leftOn)));
    await audit(tx, actor, "bloc.membership.end", period.blocSlug, {
      government: period.governmentIso3,
      joinedOn: period.joinedOn,
      leftOn,
      leftSourceUrl,
    });
  });
}
