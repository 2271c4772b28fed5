"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { MAP_HEIGHT as HEIGHT, MAP_WIDTH as WIDTH, worldShapes } from "@/app/_charts/world-shapes";
import { MapPatterns } from "@/app/_charts/map-patterns";
import { type GridCell } from "@/server/shared/matrix-types";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

// A world choropleth of one topic as of the date, to explore: hover or focus a country for its
// stance, select it for the evidence (the static one for pages, embeds and images: app/_charts/topic-map.tsx).

type Props = {
  governments: { iso3: string; name: string; m49: string }[];
  cells: Map<string, GridCell | null>; // by iso3, for the map's topic
  topicTitle: string;
  onOpen: (iso3: string) => void;
};

export default function MatrixMap({ governments, cells, topicTitle, onOpen }: Props) {
  const t = useTranslations();
  const [hover, setHover] = useState<string | null>(null);
  const shapes = useMemo(() => worldShapes(governments), [governments]);

  const describe = (iso3: string, name: string) => {
    const cell = cells.get(iso3);
    return cell
      ? t("matrix.mapStance", { name, stance: t(`stance.${cell.stance}`), contested: cell.contested ? "yes" : "no" })
      : t("matrix.mapNoPosition", { name });
  };
  const hovered = shapes.find((s) => s.government?.iso3 === hover)?.government;

  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-slate-600">
        {topicTitle}.{" "}
        {hovered ? <strong aria-live="polite">{describe(hovered.iso3, hovered.name)}</strong> : t("matrix.mapHelp")}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full rounded-lg border border-slate-200 bg-sky-50"
        role="group"
        aria-label={t("matrix.mapLabel", { topic: topicTitle })}
      >
        <MapPatterns />
        {shapes.map((shape) => {
          const g = shape.government;
          if (!g) {
            return (
              <path key={shape.id} d={shape.d} fill="url(#not-un)" stroke="#cbd5e1" strokeWidth={0.5}>
                <title>{t("matrix.mapNotMember", { name: shape.name })}</title>
              </path>
            );
          }
          const cell = cells.get(g.iso3);
          const fill = cell ? STANCE_STYLE[cell.stance].background : NO_POSITION_STYLE.background;
          return (
            <g key={shape.id}>
              <path
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
              {cell?.contested && <path d={shape.d} fill="url(#contested)" pointerEvents="none" />}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
