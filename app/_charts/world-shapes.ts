import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import topology from "world-atlas/countries-110m.json";

// The world's countries as SVG paths (Natural Earth 1:110m from world-atlas, Natural Earth 1
// projection), each with the government it is, keyed by ISO numeric = UN M49 code. Very small
// states are too small to draw at this scale: lists beside a map name every government.

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export type WorldShape<G> = { id: string; name: string; d: string; government: G | null };

/** Every country's outline, with its government where it is one (hatched where not). */
export function worldShapes<G extends { m49: string }>(governments: readonly G[]): WorldShape<G>[] {
  const byM49 = new Map(governments.map((g) => [g.m49, g]));
  const path = geoPath(geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "Sphere" })).digits(1);
  return feature(topology, topology.objects.countries).features.map((f) => ({
    id: String(f.id),
    name: f.properties.name,
    d: path(f) ?? "",
    government: byM49.get(String(f.id)) ?? null,
  }));
}
