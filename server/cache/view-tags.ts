// The vocabulary that ties cached pages to the rows they show. A page declares the tags it
// depends on (depends-on.ts); the database announces changed rows (migration 0008), and
// `tagsForAnnouncement` turns each announcement into the tags it invalidates.

export const viewTags = {
  /** Any public position: the matrix, the story sentence, counts, recent changes. */
  positions: "positions",
  /** The list of topics, their titles and poles (every page naming a topic). */
  topics: "topics",
  /** Events (names, dates): time controls and every position's event. */
  events: "events",
  /** Any bloc or membership: bloc pages, the matrix's bloc filter and bloc rows. */
  blocs: "blocs",
  bloc: (slug: string) => `bloc:${slug}`,
  /** The data releases: /data and the releases API. */
  releases: "releases",
  /** Moderation decisions: the public moderation log. */
  log: "log",
  topic: (slug: string) => `topic:${slug}`,
  government: (iso3: string) => `government:${iso3.toUpperCase()}`,
  position: (id: number) => `position:${id}`,
  /** Everything. */
  all: "*",
} as const;

type Announcement = {
  positions?: [number, string, string][];
  topics?: string[];
  blocs?: string[];
  events?: boolean;
  releases?: boolean;
  log?: boolean;
  all?: boolean;
};

/** The tags one announcement on `stance_atlas_views` invalidates; anything unreadable invalidates everything. */
export function tagsForAnnouncement(payload: string): string[] {
  let announcement: Announcement;
  try {
    announcement = JSON.parse(payload) as Announcement;
  } catch {
    return [viewTags.all];
  }
  if (typeof announcement !== "object" || announcement === null || announcement.all) return [viewTags.all];
  const tags = new Set<string>();
  for (const [id, iso3, topic] of announcement.positions ?? []) {
    tags.add(viewTags.positions).add(viewTags.position(id)).add(viewTags.government(iso3)).add(viewTags.topic(topic));
  }
  for (const slug of announcement.topics ?? []) tags.add(viewTags.topics).add(viewTags.topic(slug));
  for (const slug of announcement.blocs ?? []) tags.add(viewTags.blocs).add(viewTags.bloc(slug));
  if (announcement.events) tags.add(viewTags.events);
  if (announcement.releases) tags.add(viewTags.releases);
  if (announcement.log) tags.add(viewTags.log);
  return tags.size ? [...tags] : [viewTags.all];
}
