import { type Locale, textDirection } from "@/server/i18n/locales";
import { fitLine, type TextStyle } from "@/server/pictures/text-fit";

// Where things go on a picture in its language's reading direction. Cards are laid out left to right and
// mirrored for Arabic: a box at x from the start edge is drawn at width − x − its width, text anchors swap
// sides, and text is isolated (U+2067 … U+2069) so that every renderer, resvg included, which reads no
// `direction`, orders it from the right — except text with no right-to-left letter at all (an English title not
// yet translated, a code, a year), isolated left to right (U+2066) so its punctuation stays where it belongs.

export type Flow = {
  locale: Locale;
  rtl: boolean;
  /** Where a box `width` wide, `x` from the start edge, is drawn. */
  x(x: number, width?: number): number;
  /** A text anchor as seen from the start edge. */
  anchor(anchor: Anchor): Anchor;
  /** Text as the renderer must be given it. */
  text(text: string): string;
  /** The same flow without the mirroring, for what keeps its own order (time running left to right). */
  unmirrored(): Flow;
};

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

type Anchor = "start" | "middle" | "end";

export function flowOf(locale: Locale, width: number, mirrored = textDirection(locale) === "rtl"): Flow {
  const rtl = textDirection(locale) === "rtl";
  const swapped: Record<Anchor, Anchor> = { start: "end", middle: "middle", end: "start" };
  return {
    locale,
    rtl,
    x: (x, boxWidth = 0) => (mirrored ? width - x - boxWidth : x),
    anchor: (anchor) => (mirrored ? swapped[anchor] : anchor),
    text: (text) => (!rtl ? text : RIGHT_TO_LEFT_LETTER.test(text) ? `\u2067${text}\u2069` : `\u2066${text}\u2069`),
    unmirrored: () => flowOf(locale, width, false),
  };
}

type WordsProps = TextStyle & {
  flow: Flow;
  x: number;
  y: number;
  /** Cut with "…" beyond this width. */ width?: number;
  fill?: string;
  anchor?: Anchor;
  children: string;
};

/** One line of text at (x, y) from the start edge, cut to its width. */
export function Words({ flow, x, y, size, bold, width, fill = "#0f172a", anchor = "start", children }: WordsProps) {
  const text = width ? fitLine(children, width, { size, bold }) : children;
  return (
    <text
      x={flow.x(x)}
      y={y}
      fontSize={size}
      fontWeight={bold ? 700 : undefined}
      fill={fill}
      textAnchor={flow.anchor(anchor)}
    >
      {flow.text(text)}
    </text>
  );
}

/** Where boxes of these widths start when set one after another from `start`. */
export function lineUp(widths: readonly number[], start: number): number[] {
  const starts: number[] = [];
  let at = start;
  for (const width of widths) {
    starts.push(at);
    at += width;
  }
  return starts;
}

/** Boxes of these widths set in rows from `start`, a new row where one would pass `start + width`. */
export function rowsOf(widths: readonly number[], start: number, width: number): { x: number; row: number }[] {
  const places: { x: number; row: number }[] = [];
  let [x, row] = [start, 0];
  for (const boxWidth of widths) {
    if (x > start && x + boxWidth > start + width) [x, row] = [start, row + 1];
    places.push({ x, row });
    x += boxWidth;
  }
  return places;
}
