import { STANCE_LABEL, STANCES } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

// The stance scale as a row of swatches and labels, for the SVG files.

const LABELS = [
  ...STANCES.map((s) => ({ label: STANCE_LABEL[s], style: STANCE_STYLE[s] })),
  { label: "No recorded position", style: NO_POSITION_STYLE },
];
const widthOf = (label: string) => 22 + label.length * 6.6 + 14; // swatch, text at 12 px, gap

/** Each label with where it starts along the row. */
const ITEMS = LABELS.map((item, i) => ({
  ...item,
  offset: LABELS.slice(0, i).reduce((sum, { label }) => sum + widthOf(label), 0),
}));

export function SvgLegend({ x, y }: { x: number; y: number }) {
  return (
    <g fontSize={12} fill="#334155">
      {ITEMS.map(({ label, style, offset }) => {
        const at = x + offset;
        return (
          <g key={label}>
            <rect
              x={at}
              y={y}
              width={16}
              height={16}
              rx={2}
              fill={style.background}
              stroke="#94a3b8"
              strokeWidth={0.5}
            />
            <text x={at + 22} y={y + 12.5}>
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
