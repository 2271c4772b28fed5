import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf } from "@/db/factories";
import { positions } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { type Actor } from "@/server/auth/access";
import { importCsv } from "@/server/services/import-positions";
import { addMembership } from "@/server/services/bloc-admin";
import { grantRepresentative } from "@/server/services/replies";
import { saveEvent, saveTopic, setRetired } from "@/server/services/reference-admin";
import { listenForChanges, VIEWS_CHANNEL } from "./listen-for-changes";
import { invalidatedSince, isListening } from "./view-invalidations.mjs";
import { tagsForAnnouncement } from "./view-tags";

// What each kind of change drops from the page cache: the database announces it (migration 0008)
// in the writing transaction, and the tags it names are exactly the pages that show it.

const SOURCE = "https://example.org/source";
const SENTINEL = '{"sentinel":true}';

describe.each(TEST_DRIVERS)("changes announced to cached pages on %s", (kind) => {
  let t: TestDatabase;
  let stopListening: () => Promise<void>;
  let heard: string[] = [];
  let sentinelHeard: (() => void) | null = null;
  let mod: ReturnType<typeof callerAs>;
  let author: ReturnType<typeof callerAs>;
  let admin: Actor;
  let day = 0;
  const nextDate = () => new Date(Date.UTC(2006, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    stopListening = await t.listen(
      VIEWS_CHANNEL,
      (payload) => (payload === SENTINEL ? sentinelHeard?.() : heard.push(payload)),
      () => {},
    );
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    author = callerAs(t.db, (await makeAccount(t.db, "contributor", "Casey")).id);
    admin = { ...(await makeAccount(t.db, "admin", "Ada")), role: "admin" };
  });
  afterAll(async () => {
    await stopListening();
    await t.destroy();
  });

  /** The tags announced while `action` ran: a sentinel sent after it arrives after everything it caused. */
  async function allHeard() {
    const arrived = new Promise<void>((resolve) => (sentinelHeard = resolve));
    await t.db.execute(sql`select pg_notify(${VIEWS_CHANNEL}, ${SENTINEL})`);
    await arrived;
  }

  /** The tags announced while `action` ran: a sentinel sent after it arrives after everything it caused. */
  async function tagsAnnouncedBy(action: () => Promise<unknown>): Promise<Set<string>> {
    await allHeard(); // what earlier steps announced is not this action's
    heard = [];
    await action().catch(() => {});
    await allHeard();
    return new Set(heard.flatMap(tagsForAnnouncement));
  }

  async function pendingEdit(government: string) {
    const statedOn = nextDate();
    const positionId = await approvedPosition(t.db, { government, topic: "ixps", stance: "mixed", statedOn });
    const [row] = await t.db
      .select({ base: positions.currentRevisionId })
      .from(positions)
      .where(eq(positions.id, positionId));
    const edit = await author.contributions.propose({
      government,
      topic: "ixps",
      stance: "leans_multistakeholder",
      statedOn,
      summary: "A corrected reading of the statement.",
      sources: [SOURCE],
      positionId,
      baseRevisionId: row?.base ?? null,
    });
    return { positionId, base: row?.base ?? 0, edit };
  }

  it("an approval drops the pages of that position, government and topic, and the matrix; no other government's or topic's", async () => {
    const { positionId, edit } = await pendingEdit("IND");
    const tags = await tagsAnnouncedBy(() => mod.moderation.approve({ revisionId: edit.revisionId }));
    expect([...tags].sort()).toEqual(["government:IND", "log", `position:${positionId}`, "positions", "topic:ixps"]);
  });

  it("a proposal waiting for review changes no public page; a rejection only the moderation log", async () => {
    const { revisionId } = (await pendingEdit("BRA")).edit;
    expect(
      await tagsAnnouncedBy(() =>
        author.contributions.propose({
          government: "BRA",
          topic: "ixps",
          stance: "mixed",
          statedOn: nextDate(),
          summary: "A new reading.",
          sources: [SOURCE],
        }),
      ),
    ).toEqual(new Set());
    expect(
      await tagsAnnouncedBy(() => mod.moderation.reject({ revisionId, reason: "The source does not say this." })),
    ).toEqual(new Set(["log"]));
  });

  it("a revert and a withdrawal drop the position's pages", async () => {
    const { positionId, base, edit } = await pendingEdit("EGY");
    await mod.moderation.approve({ revisionId: edit.revisionId });
    const approved = await currentRevisionOf(t.db, positionId);
    expect(
      await tagsAnnouncedBy(() =>
        mod.moderation.revert({ revisionId: base, seenRevisionId: approved, reason: "The edit misread the source." }),
      ),
    ).toContain(`position:${positionId}`);
    const reverted = await currentRevisionOf(t.db, positionId);
    const withdrawn = await tagsAnnouncedBy(() =>
      mod.moderation.withdrawPosition({
        positionId,
        seenRevisionId: reverted,
        reason: "Attributed to the wrong government.",
      }),
    );
    expect([...withdrawn].sort()).toEqual([
      "government:EGY",
      "log",
      `position:${positionId}`,
      "positions",
      "topic:ixps",
    ]);
  });

  it("a contested mark, a government's reply and a hidden reply drop exactly that position's pages (and the log for moderators' decisions)", async () => {
    const positionId = await approvedPosition(t.db, {
      government: "PER",
      topic: "ixps",
      stance: "mixed",
      statedOn: nextDate(),
    });
    const pages = ["government:PER", `position:${positionId}`, "positions", "topic:ixps"];
    expect(
      [
        ...(await tagsAnnouncedBy(() => mod.flags.contest({ positionId, note: "Two sources disagree on this." }))),
      ].sort(),
    ).toEqual(["government:PER", "log", `position:${positionId}`, "positions", "topic:ixps"]);
    const rep = await makeAccount(t.db, "contributor");
    await grantRepresentative(t.db, admin, {
      email: rep.email,
      government: "PER",
      verificationNote: "A letter from the ministry, checked by phone.",
    });
    let replyId = 0;
    expect(
      [
        ...(await tagsAnnouncedBy(
          async () =>
            (replyId = (
              await callerAs(t.db, rep.id).replies.post({ positionId, body: "Peru's view is in its 2015 submission." })
            ).replyId),
        )),
      ].sort(),
    ).toEqual(pages);
    expect(
      [
        ...(await tagsAnnouncedBy(() => mod.replies.hide({ replyId, reason: "Abusive towards a named person." }))),
      ].sort(),
    ).toEqual(["government:PER", "log", `position:${positionId}`, "positions", "topic:ixps"]);
  });

  it("an import drops exactly the governments and topics it touches, in one announcement", async () => {
    const text = [
      "government,topic,stance,stated_on,summary,source_url,event,quote",
      `KEN,ixps,mixed,${nextDate()},Kenya's delegate on exchange points.,${SOURCE},,`,
      `CHL,igf-role,multistakeholder,${nextDate()},Chile's delegate on the IGF's role.,${SOURCE},,`,
    ].join("\n");
    let outcome: unknown;
    const tags = await tagsAnnouncedBy(
      async () =>
        (outcome = await importCsv(t.db, {
          text,
          fileName: "cache.csv",
          actorId: SYSTEM_USERS.import.id,
          dryRun: false,
        })),
    );
    expect(outcome).toMatchObject({ ok: true });
    expect(heard).toHaveLength(1); // new positions are inserted unpublished, then published in one statement
    expect([...tags].filter((tag) => !tag.startsWith("position:")).sort()).toEqual([
      "government:CHL",
      "government:KEN",
      "positions",
      "topic:igf-role",
      "topic:ixps",
    ]);
  });

  it("a bloc's change drops its pages and every page that reads blocs; a refused one announces nothing", async () => {
    const period = {
      bloc: "brics",
      government: "ARG",
      joinedOn: nextDate(),
      joinedPrecision: "day" as const,
      sourceUrl: SOURCE,
    };
    expect([...(await tagsAnnouncedBy(() => addMembership(t.db, admin, period)))].sort()).toEqual([
      "bloc:brics",
      "blocs",
    ]);
    expect(await tagsAnnouncedBy(() => addMembership(t.db, admin, period))).toEqual(new Set()); // already a member: refused
    expect(
      [...(await tagsAnnouncedBy(() => setRetired(t.db, admin, "bloc", { slug: "sco", retired: false })))].sort(),
    ).toEqual(["bloc:sco", "blocs"]);
  });

  it("a write that fails announces nothing", async () => {
    const positionId = await approvedPosition(t.db, {
      government: "ARG",
      topic: "ixps",
      stance: "mixed",
      statedOn: nextDate(),
    });
    const tags = await tagsAnnouncedBy(() =>
      t.db.transaction(async (tx) => {
        await tx.update(positions).set({ stance: "intergovernmental" }).where(eq(positions.id, positionId));
        throw new Error("the write fails after its update");
      }),
    );
    expect(tags).toEqual(new Set());
  });

  it("a topic edit drops that topic's pages and every page listing topics; an event edit, every page with events", async () => {
    const topic = {
      slug: "ixps",
      title: "Internet Exchange Points",
      description: "Exchange points in developing countries.",
      multistakeholderPole: "Built by communities.",
      intergovernmentalPole: "Built by governments.",
      originalSlug: "ixps",
    };
    expect([...(await tagsAnnouncedBy(() => saveTopic(t.db, admin, topic)))].sort()).toEqual(["topic:ixps", "topics"]);
    const event = {
      slug: "igf-2014",
      name: "Internet Governance Forum",
      place: "Istanbul",
      startDate: "2014-09-02",
      endDate: "2014-09-05",
    };
    expect(await tagsAnnouncedBy(() => saveEvent(t.db, admin, event))).toEqual(new Set(["events"]));
  });

  it("the server's listener marks the changed pages out of date, and only those", async () => {
    const stop = listenForChanges(t, () => {});
    try {
      await expect.poll(() => isListening()).toBe(true);
      const { edit } = await pendingEdit("ZAF");
      await new Promise((resolve) => setTimeout(resolve, 5));
      const since = Date.now();
      await mod.moderation.approve({ revisionId: edit.revisionId });
      await expect.poll(() => invalidatedSince(["government:ZAF"], since)).toBe(true);
      expect(invalidatedSince(["government:USA", "topic:igf-role"], since)).toBe(false);
    } finally {
      await stop();
    }
  });
});
