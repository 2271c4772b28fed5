// The events every fresh database starts with (domain.md).
export const eventSeeds = [
  { slug: "wcit-2012", name: "World Conference on International Telecommunications", place: "Dubai", startDate: "2012-12-03", endDate: "2012-12-14" },
  { slug: "wtpf-2013", name: "World Telecommunication/ICT Policy Forum", place: "Geneva", startDate: "2013-05-14", endDate: "2013-05-16" },
  { slug: "igf-2013", name: "Internet Governance Forum", place: "Bali", startDate: "2013-10-22", endDate: "2013-10-25" },
  { slug: "netmundial-2014", name: "NETmundial", place: "São Paulo", startDate: "2014-04-23", endDate: "2014-04-24" },
  { slug: "wsis10-2015", name: "WSIS+10 High-Level Meeting", place: "New York", startDate: "2015-12-15", endDate: "2015-12-16" },
] as const;
