import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { currentRevisionOf } from "@/db/factories";
import { changesAtom } from "@/server/http/changes-feed";
import { listAudit } from "./audit";
import { recentChanges } from "./recent-changes";
import { feedByToken } from "./watches";

describe.each(TEST_DRIVERS)("recent changes and the audit log on %s", (kind) => {
  let t: TestDatabase;
  let pendingId: number;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    const mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    const author = callerAs(t.db, (await makeAccount(t.db, "contributor", "Casey & Co <ltd>")).id);
    await approvedPosition(t.db, { government: "KEN", topic: "ixps", stance: "mixed", statedOn: "2014-04-23" });
    const edit = await author.contributions.propose({
      government: "ARG",
      topic: "ixps",
      stance: "leans_multistakeholder",
      statedOn: "2014-04-24",
      summary: "Argentina praised its regional IXPs & their operators.",
      sources: ["https://example.org/arg"],
    });
    await mod.moderation.approve({ revisionId: edit.revisionId });
    pendingId = (
      await author.contributions.propose({
        government: "CHL",
        topic: "ixps",
        stance: "mixed",
        statedOn: "2014-04-25",
        summary: "A pending proposal nobody reviewed yet.",
        sources: ["https://example.org/chl"],
      })
    ).revisionId;
  });
  afterAll(() => t.destroy());

  it("lists approved changes newest first, filtered by topic and government, never pending ones", async () => {
    const all = await recentChanges(t.db);
    expect(all[0]).toMatchObject({
      kind: "new",
      government: { iso3: "ARG" },
      author: "Casey & Co <ltd>",
      reviewer: "Mo",
    });
    expect(all.some((c) => c.revisionId === pendingId)).toBe(false);
    expect((await recentChanges(t.db, { government: "ken" })).map((c) => c.government.iso3)).toEqual(["KEN"]);
    expect(await recentChanges(t.db, { topic: "igf-role" })).toEqual([]);
  });

  it("writes a well-formed Atom feed that parses back to the same changes", async () => {
    const changes = await recentChanges(t.db);
    const xml = changesAtom(changes, { origin: "http://127.0.0.1:3000", selfPath: "/changes.atom", filtered: "" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(changes.length);
    expect(entries[0].title["#text"] ?? entries[0].title).toMatch(
      /^New position: Argentina on Internet Exchange Points in developing countries \(24 Apr 2014\): Leans multistakeholder \(statement\)$/,
    );
    expect(entries[0].author.name).toBe("Casey & Co <ltd>");
    expect(entries[0].link["@_href"]).toMatch(/^http:\/\/127\.0\.0\.1:3000\/positions\/\d+$/);
  });

  it("withdrawing a position takes all its text out of /changes, /changes.atom, watchers' private feeds and watchlists", async () => {
    const mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
    const watcherId = (await makeAccount(t.db, "contributor", "Wes")).id;
    const watcher = callerAs(t.db, watcherId);
    await watcher.watches.set({ kind: "government", target: "URY", watching: true });
    const { token } = await watcher.watches.newFeedToken();
    const first = "Uruguay's first text, which a moderator later withdrew.";
    const second = "Uruguay's edited text, withdrawn along with the first.";
    const created = await mod.contributions.propose({
      government: "URY",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-05-01",
      summary: first,
      sources: ["https://example.org/ury"],
    });
    await mod.contributions.propose({
      government: "URY",
      topic: "ixps",
      stance: "intergovernmental",
      statedOn: "2014-05-01",
      summary: second,
      sources: ["https://example.org/ury"],
      positionId: created.positionId,
      baseRevisionId: created.revisionId,
    });
    const kept = await mod.contributions.propose({
      government: "URY",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-05-02",
      summary: "Uruguay's other position, still public.",
      sources: ["https://example.org/ury"],
    });
    expect((await recentChanges(t.db)).filter((c) => c.positionId === created.positionId)).toHaveLength(2);
    await mod.moderation.withdrawPosition({
      positionId: created.positionId,
      seenRevisionId: await currentRevisionOf(t.db, created.positionId),
      reason: "Attributed to the wrong government.",
    });

    const everywhere = {
      changesList: await callerAs(t.db, null).changes.list({}),
      changesListOfUruguay: await callerAs(t.db, null).changes.list({ government: "URY" }),
      atom: changesAtom(await recentChanges(t.db), {
        origin: "http://127.0.0.1:3000",
        selfPath: "/changes.atom",
        filtered: "",
      }),
      privateFeed: changesAtom((await feedByToken(t.db, token)).changes, {
        origin: "http://127.0.0.1:3000",
        selfPath: "/feeds/watchlist/x",
        filtered: "watchlist",
      }),
      watchlist: (await watcher.watches.mine()).changes,
    };
    const text = JSON.stringify(everywhere);
    expect(text).not.toContain("Uruguay's first text");
    expect(text).not.toContain("Uruguay's edited text");
    expect(text).not.toContain(`/positions/${created.positionId}#`);
    expect(everywhere.watchlist.map((c) => c.positionId)).toEqual([kept.positionId]);
    expect(everywhere.changesListOfUruguay.map((c) => c.positionId)).toEqual([kept.positionId]);
  });

  it("records approvals in the audit log with who did it", async () => {
    const { entries, actions } = await listAudit(t.db, { action: "revision.approve" });
    expect(actions).toContain("revision.approve");
    expect(entries[0]).toMatchObject({ actor: "Mo", action: "revision.approve", targetType: "revision" });
  });
});
