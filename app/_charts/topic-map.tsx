import { type Stance, STANCE_LABEL } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";
import { MapPatterns } from "./map-patterns";
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from "./world-shapes";

// A world choropleth of one topic as of a date, drawn on the server: no script, no text of its
// own (the page, the SVG file or the preview image puts the title, date and legend around it),
// so it renders the same in a browser, a downloaded file and a PNG made without fonts.

export type MapGovernment = { iso3: string; name: string; m49: string };

type Props = {
  governments: readonly MapGovernment[];
  /** Each government's stance on the topic as of the date; absent: no recorded position. */
  stances: ReadonlyMap<string, Stance>;
  /** Governments whose position is contested: hatched over their colour. */
  contested?: ReadonlySet<string>;
  /** The accessible name: the topic and the date. */
  label: string;
  className?: string;
  /** Where it is drawn inside a larger SVG. */
  y?: number;
  /** A shape's title on hover, in the file's language (English without one). */
  shapeTitle?: ShapeTitle;
};

export type ShapeTitle = (
  name: string,
  government: MapGovernment | null,
  stance: Stance | undefined,
  contested: boolean,
) => string;

/** The fill of a government's shape: its stance's colour, or no position's. */
const fillOf = (stance: Stance | undefined) =>
  stance ? STANCE_STYLE[stance].background : NO_POSITION_STYLE.background;

/** A shape's title on hover, in English. */
const englishTitle: ShapeTitle = (name, government, stance, contested) => {
  if (!government) return `${name}: not a UN member or observer state`;
  return `${government.name}: ${stance ? STANCE_LABEL[stance] : "no recorded position"}${contested ? " (contested)" : ""}`;
};

export function TopicMap({ governments, stances, contested, label, className, y, shapeTitle = englishTitle }: Props) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      y={y}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      className={className}
      role="img"
      aria-label={label}
    >
      <MapPatterns />
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#f0f9ff" />
      {worldShapes(governments).map(({ id, name, d, government }) => {
        const stance = government ? stances.get(government.iso3) : undefined;
        const isContested = government ? (contested?.has(government.iso3) ?? false) : false;
        return (
          <g key={id}>
            <path
              d={d}
              fill={government ? fillOf(stance) : "url(#not-un)"}
              stroke={stance === "mixed" ? "#737373" : government ? "#ffffff" : "#cbd5e1"}
              strokeWidth={0.5}
            >
              <title>{shapeTitle(name, government, stance, isContested)}</title>
            </path>
            {isContested && <path d={d} fill="url(#contested)" pointerEvents="none" />}
          </g>
        );
      })}
    </svg>
  );
}
