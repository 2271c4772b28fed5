// The events every fresh database starts with: the domain's five, and those the reference
// dataset's records name (dates and places as the records give them).
export const eventSeeds = [
  {
    slug: "wcit-2012",
    name: "World Conference on International Telecommunications",
    place: "Dubai",
    startDate: "2012-12-03",
    endDate: "2012-12-14",
  },
  {
    slug: "wtpf-2013",
    name: "World Telecommunication/ICT Policy Forum",
    place: "Geneva",
    startDate: "2013-05-14",
    endDate: "2013-05-16",
  },
  {
    slug: "igf-2013",
    name: "Internet Governance Forum",
    place: "Bali",
    startDate: "2013-10-22",
    endDate: "2013-10-25",
  },
  { slug: "netmundial-2014", name: "NETmundial", place: "São Paulo", startDate: "2014-04-23", endDate: "2014-04-24" },
  {
    slug: "wsis10-2015",
    name: "WSIS+10 High-Level Meeting",
    place: "New York",
    startDate: "2015-12-15",
    endDate: "2015-12-16",
  },
  {
    slug: "ibsa-rio-2011",
    name: "IBSA Multistakeholder Meeting on Global Internet Governance",
    place: "Rio de Janeiro",
    startDate: "2011-09-01",
    endDate: "2011-09-02",
  },
  {
    slug: "unga-66-2011",
    name: "UN General Assembly, 66th session: meeting of 26 October 2011",
    place: "New York",
    startDate: "2011-10-26",
    endDate: "2011-10-26",
  },
  {
    slug: "foc-hague-2011",
    name: "Freedom Online conference: founding of the Freedom Online Coalition",
    place: "The Hague",
    startDate: "2011-12-08",
    endDate: "2011-12-09",
  },
  {
    slug: "paris-call-2018",
    name: "Launch of the Paris Call for Trust and Security in Cyberspace",
    place: "Paris",
    startDate: "2018-11-12",
    endDate: "2018-11-12",
  },
  {
    slug: "unga-73-27-2018",
    name: "UN General Assembly vote on resolution 73/27 (Open-ended Working Group)",
    place: "New York",
    startDate: "2018-12-05",
    endDate: "2018-12-05",
  },
  {
    slug: "unga-74-247-2019",
    name: "UN General Assembly vote on resolution 74/247 (cybercrime)",
    place: "New York",
    startDate: "2019-12-27",
    endDate: "2019-12-27",
  },
  // Method v2: the rival resolutions read together, and the road to the UN cybercrime convention.
  {
    slug: "unga-73-ict-2018",
    name: "UN General Assembly, 73rd session: the rival resolutions on ICT and international security (73/27, 73/266)",
    place: "New York",
    startDate: "2018-12-05",
    endDate: "2018-12-22",
  },
  {
    slug: "unga-74-ict-2019",
    name: "UN General Assembly, 74th session: the rival resolutions on ICT and international security (74/29, 74/28)",
    place: "New York",
    startDate: "2019-12-12",
    endDate: "2019-12-12",
  },
  {
    slug: "unga-75-ict-2020",
    name: "UN General Assembly, 75th session: the rival resolutions on ICT and international security (75/240, 75/32)",
    place: "New York",
    startDate: "2020-12-07",
    endDate: "2020-12-31",
  },
  {
    slug: "unga-73-187-2018",
    name: "UN General Assembly vote on resolution 73/187 (cybercrime)",
    place: "New York",
    startDate: "2018-12-17",
    endDate: "2018-12-17",
  },
  // No position is coded at the adoption: it was adopted without a vote (method v2, the coding table).
  {
    slug: "un-cybercrime-convention-adoption-2024",
    name: "Adoption of the UN Convention against Cybercrime by the General Assembly (without a vote)",
    place: "New York",
    startDate: "2024-12-24",
    endDate: "2024-12-24",
  },
  {
    slug: "un-cybercrime-convention-signing-2025",
    name: "Signing ceremony of the UN Convention against Cybercrime",
    place: "Hanoi",
    startDate: "2025-10-25",
    endDate: "2025-10-26",
  },
] as const;

/** Events the method deliberately codes no position from, and why (shown on the event's page and on /methodology). */
export const EVENTS_CODING_NOBODY: Record<string, string> = {
  "unga-73-27-2018":
    "Read together with the rival resolution 73/266 of 22 Dec 2018: every government that voted on both is coded once, in the 2018 rival pair (method v2, rule 2), not from this vote alone.",
  "un-cybercrime-convention-adoption-2024":
    "Adopted without a vote: codes no government. A consensus adoption records no government's position (method v2, rule 3); the signatures that followed, from Hanoi on 25 Oct 2025, are coded.",
};
