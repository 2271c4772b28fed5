"use client";

import { geoNaturalEarth1, geoPath } from "d3-geo";
import { useMemo, useState } from "react";
import { feature } from "topojson-client";
import topology from "world-atlas/countries-110m.json";
import { STANCE_LABEL } from "@/db/enums";
import { type GridCell } from "@/server/shared/matrix-types";
import { NO_POSITION_STYLE, STANCE_STYLE } from "../_components/stance-style";

// A world choropleth of one topic as of the date. Natural Earth 1:110m (world-atlas),
// keyed by ISO numeric = UN M49 codes. Very small states are too small to draw at this
// scale: the table lists every government.

type Props = {
  governments: { iso3: string; name: string; m49: string }[];
  cells: Map<string, GridCell | null>; // by iso3, for the map's topic
  topicTitle: string;
  onOpen: (iso3: string) => void;
};

const WIDTH = 960;
const HEIGHT = 500;

export default function MatrixMap({ governments, cells, topicTitle, onOpen }: Props) {
  const [hover, setHover] = useState<string | null>(null);
  const shapes = useMemo(() => {
    const byM49 = new Map(governments.map((g) => [g.m49, g]));
    const path = geoPath(geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" }));
    return feature(topology, topology.objects.countries).features.map((f) => ({
      id: String(f.id),
      name: f.properties.name,
      d: path(f) ?? "",
      government: byM49.get(String(f.id)) ?? null,
    }));
  }, [governments]);

  const describe = (iso3: string, name: string) => {
    const cell = cells.get(iso3);
    return `${name}: ${cell ? STANCE_LABEL[cell.stance] : "no recorded position"}`;
  };
  const hovered = shapes.find((s) => s.government?.iso3 === hover)?.government;

  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-slate-600">
        {topicTitle}. {hovered ? <strong aria-live="polite">{describe(hovered.iso3, hovered.name)}</strong> : "Hover or focus a country for its stance; select it for the evidence. Hatched: not a UN member or observer state. Very small states are listed in the table."}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full rounded-lg border border-slate-200 bg-sky-50" role="group" aria-label={`World map: ${topicTitle}`}>
        <defs>
          <pattern id="not-un" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#cbd5e1" strokeWidth="2" />
          </pattern>
        </defs>
        {shapes.map((shape) => {
          const g = shape.government;
          if (!g) {
            return (
              <path key={shape.id} d={shape.d} fill="url(#not-un)" stroke="#cbd5e1" strokeWidth={0.5}>
                <title>{shape.name}: not a UN member or observer state</title>
              </path>
            );
          }
          const cell = cells.get(g.iso3);
          const fill = cell ? STANCE_STYLE[cell.stance].background : NO_POSITION_STYLE.background;
          return (
            <path
              key={shape.id}
              d={shape.d}
              fill={fill}
              stroke={hover === g.iso3 ? "#0f172a" : cell?.stance === "mixed" ? "#737373" : "#ffffff"}
              strokeWidth={hover === g.iso3 ? 1.5 : 0.5}
              tabIndex={0}
              role="button"
              aria-label={describe(g.iso3, g.name)}
              className="cursor-pointer focus:outline-none"
              onMouseEnter={() => setHover(g.iso3)}
              onMouseLeave={() => setHover(null)}
              onFocus={() => setHover(g.iso3)}
              onBlur={() => setHover(null)}
              onClick={() => onOpen(g.iso3)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onOpen(g.iso3);
                }
              }}
            >
              <title>{describe(g.iso3, g.name)}</title>
            </path>
          );
        })}
      </svg>
    </figure>
  );
}
