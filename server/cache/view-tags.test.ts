import { describe, expect, it } from "vitest";
import { tagsForAnnouncement } from "./view-tags";

describe("announcements to tags", () => {
  it("names the position, its government and topic, and every page of positions", () => {
    expect(tagsForAnnouncement('{"positions":[[7,"rus","ixps"]]}').sort()).toEqual([
      "government:RUS",
      "position:7",
      "positions",
      "topic:ixps",
    ]);
  });
  it("names a renamed topic under both slugs", () => {
    expect(tagsForAnnouncement('{"topics":["old","new"]}').sort()).toEqual(["topic:new", "topic:old", "topics"]);
  });
  it("names a changed bloc, and every page that reads blocs", () => {
    expect(tagsForAnnouncement('{"blocs":["eu","eu"]}').sort()).toEqual(["bloc:eu", "blocs"]);
  });
  it("names the releases for a new release, and the log for a moderation decision", () => {
    expect(tagsForAnnouncement('{"releases":true}')).toEqual(["releases"]);
    expect(tagsForAnnouncement('{"log":true}')).toEqual(["log"]);
  });
  it("drops everything for a batch too large to name, and for anything it cannot read", () => {
    for (const payload of ['{"all":true}', "not json", "null", "{}"])
      expect(tagsForAnnouncement(payload)).toEqual(["*"]);
  });
});
