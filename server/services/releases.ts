import "server-only";
import { asc, desc, eq, inArray, max, sql } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, releaseFiles, releases, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { releaseInputSchema } from "@/server/schemas/releases";
import { changesAnything, releaseChangelog } from "@/server/shared/release-changelog";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { buildReleaseFiles, releasedPositions, releaseRows } from "./release-snapshot";

// Data releases: an admin (or `npm run release`) publishes a numbered, frozen snapshot of every
// approved position; the database keeps it unchanged for good (migration 0011). Each release says
// what changed since the one before.

export type ReleaseFileSummary = { name: string; mediaType: string; bytes: number; sha256: string; url: string };
export type Release = Awaited<ReturnType<typeof selectReleases>>[number];

/** A release's files are at /api/v1/releases/{version}/{name}, for good. */
export const releaseFileUrl = (version: number, name: string) => `/api/v1/releases/${version}/${name}`;

// One publication at a time: two at once would both take the same number.
const PUBLISHING_LOCK = 7_242_001;

/** What the next release would hold, read in `tx`: its number, its positions and what changed since the last one. */
async function nextRelease(tx: Transaction, siteUrl: URL) {
  const [latest] = await tx.select({ version: max(releases.version) }).from(releases);
  const previousVersion = latest?.version ?? null;
  const [previousJson] = previousVersion
    ? await tx
        .select({ body: releaseFiles.body })
        .from(releaseFiles)
        .where(sql`${releaseFiles.releaseVersion} = ${previousVersion} and ${releaseFiles.name} = 'positions.json'`)
    : [];
  const rows = await releaseRows(tx, siteUrl);
  const previous =
    previousVersion && previousJson
      ? { version: previousVersion, positions: releasedPositions(previousJson.body) }
      : null;
  return { version: (previousVersion ?? 0) + 1, rows, changelog: releaseChangelog(previous, rows) };
}

/** For /admin/releases: the next release's number, how many positions it would hold and what it would change. */
export async function previewRelease(db: Database, siteUrl: URL) {
  const { version, rows, changelog } = await db.transaction((tx) => nextRelease(tx, siteUrl));
  return {
    version,
    positions: rows.length,
    previous: changelog.previous,
    added: changelog.added.length,
    changed: changelog.changed.length,
    withdrawn: changelog.withdrawn.length,
  };
}

export async function publishRelease(
  db: Database,
  input: unknown,
  actor: Actor | null,
  siteUrl: URL,
): Promise<Release> {
  const { note } = releaseInputSchema.parse(input);
  const version = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISHING_LOCK})`);
    const { version: next, rows, changelog } = await nextRelease(tx, siteUrl);
    if (changelog.previous && !changesAnything(changelog))
      throw new ConflictError(`Nothing has changed since release ${changelog.previous}: there is nothing to publish.`);
    const publishedAt = new Date();
    await tx.insert(releases).values({
      version: next,
      publishedAt,
      publishedBy: actor?.id ?? null,
      note,
      positionCount: rows.length,
      governmentCount: new Set(rows.map((r) => r.government)).size,
      topicCount: new Set(rows.map((r) => r.topic)).size,
      sourceCount: new Set(rows.flatMap((r) => r.sources)).size,
      changelog,
    });
    await tx
      .insert(releaseFiles)
      .values(buildReleaseFiles(next, publishedAt, rows).map((f) => ({ ...f, releaseVersion: next })));
    await tx.insert(auditLog).values({
      actorId: actor?.id ?? null,
      action: "release.publish",
      targetType: "release",
      targetId: String(next),
      details: { note, positions: rows.length },
    });
    return next;
  });
  return getRelease(db, version);
}

const releaseColumns = {
  version: releases.version,
  publishedAt: releases.publishedAt,
  publishedBy: users.name,
  note: releases.note,
  positions: releases.positionCount,
  governments: releases.governmentCount,
  topics: releases.topicCount,
  sources: releases.sourceCount,
  changelog: releases.changelog,
};

/** Releases with their files' names, sizes, checksums and addresses, newest first. */
async function selectReleases(db: Database, version?: number) {
  const rows = await db
    .select(releaseColumns)
    .from(releases)
    .leftJoin(users, eq(users.id, releases.publishedBy))
    .where(version === undefined ? undefined : eq(releases.version, version))
    .orderBy(desc(releases.version));
  const files = rows.length
    ? await db
        .select({
          version: releaseFiles.releaseVersion,
          name: releaseFiles.name,
          mediaType: releaseFiles.mediaType,
          bytes: releaseFiles.bytes,
          sha256: releaseFiles.sha256,
        })
        .from(releaseFiles)
        .where(
          inArray(
            releaseFiles.releaseVersion,
            rows.map((r) => r.version),
          ),
        )
        .orderBy(asc(releaseFiles.name))
    : [];
  return rows.map(({ publishedAt, publishedBy, ...release }) => ({
    ...release,
    publishedAt: publishedAt.toISOString(),
    publishedBy: publishedBy ?? "the command line",
    files: files
      .filter((f) => f.version === release.version)
      .map(({ version, ...f }) => ({ ...f, url: releaseFileUrl(version, f.name) })),
  }));
}

/** Every release, newest first. */
export const listReleases = (db: Database) => selectReleases(db);

export async function getRelease(db: Database, version: number) {
  const [release] = await selectReleases(db, version);
  if (!release) throw new NotFoundError(`No release has the number ${version}.`);
  return release;
}

/** One file of a release, as published. */
export async function releaseFile(
  db: Database,
  version: number,
  name: string,
): Promise<{ mediaType: string; body: string; sha256: string }> {
  const [row] = await db
    .select({ mediaType: releaseFiles.mediaType, body: releaseFiles.body, sha256: releaseFiles.sha256 })
    .from(releaseFiles)
    .where(sql`${releaseFiles.releaseVersion} = ${version} and ${releaseFiles.name} = ${name}`);
  if (!row) throw new NotFoundError(`Release ${version} has no file ${name}.`);
  return row;
}
