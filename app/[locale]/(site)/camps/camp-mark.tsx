import { type Camp } from "@/server/shared/camps/camp-rule";
import { STANCE_STYLE } from "@/app/_components/stance-style";

/** A camp's colour (its pole's, or mixed's for swing) and the shape that tells it apart without colour. */
export const CAMP_STYLE: Record<Camp, { colour: string; shape: "circle" | "square" | "triangle" }> = {
  multistakeholder: { colour: STANCE_STYLE.multistakeholder.background, shape: "circle" },
  swing: { colour: "#737373", shape: "square" },
  intergovernmental: { colour: STANCE_STYLE.intergovernmental.background, shape: "triangle" },
};

/** A camp's mark, centred on (x, y), `r` its half-size: the same shapes in the chart, the legend and the table. */
export function CampMark({ camp, x, y, r }: { camp: Camp; x: number; y: number; r: number }) {
  const { colour, shape } = CAMP_STYLE[camp];
  if (shape === "circle") return <circle cx={x} cy={y} r={r} fill={colour} />;
  if (shape === "square") return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} />;
  return <path d={`M${x},${y - r * 1.15}L${x + r * 1.15},${y + r}L${x - r * 1.15},${y + r}Z`} fill={colour} />;
}

/** A camp's mark on its own, inline with text. */
export function CampSwatch({ camp }: { camp: Camp }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="inline-block shrink-0">
      <CampMark camp={camp} x={6} y={6} r={5} />
    </svg>
  );
}
