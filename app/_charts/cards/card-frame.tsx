import { type ReactNode } from "react";
import { STANCES } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";
import { CARD_HEIGHT, CARD_WIDTH } from "@/server/http/card-size";
import { type CardWords } from "@/server/pictures/card-words";
import { type CardLanguage } from "./card-language";
import { PICTURE_FONT } from "@/server/pictures/fonts";
import { textWidth, wrapLines } from "@/server/pictures/text-fit";
import { type Flow, lineUp, rowsOf, Words } from "./card-flow";

// The frame of every 1200×630 picture (link previews, PNG downloads), as SVG in the reader's language: a title of
// up to two lines and its subtitle, the picture, the stance legend and the credit.

export const PAD = 48;
export const INNER_WIDTH = CARD_WIDTH - 2 * PAD;

type Props = {
  lang: CardLanguage;
  title: string;
  subtitle: string;
  /** Off where the picture has its own key. */ legend?: boolean;
  /** The picture, given the band it may fill. */ children: (area: { top: number; height: number }) => ReactNode;
};

const TITLE = { size: 42, bold: true, lines: 2 };
const SUBTITLE = { size: 24 };
const CREDIT_Y = CARD_HEIGHT - 24;

export function CardFrame({ lang, title, subtitle, legend = true, children }: Props) {
  const { flow, words } = lang;
  const titleLines = wrapLines(title, INNER_WIDTH, TITLE, flow.locale);
  // A one-line title leaves room for a subtitle of two.
  const subtitleLines = wrapLines(subtitle, INNER_WIDTH, { ...SUBTITLE, lines: 3 - titleLines.length }, flow.locale);
  const subtitleY = 32 + titleLines.length * 48 + 30;
  const top = subtitleY + (subtitleLines.length - 1) * 30 + 24;
  const key = legendLayout(words, { x: PAD, width: INNER_WIDTH, size: 17 });
  const legendY = CREDIT_Y - 40 - (key.rows - 1) * key.rowHeight - key.swatch;
  const bottom = legend ? legendY - 16 : CARD_HEIGHT - 56;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={CARD_WIDTH}
      height={CARD_HEIGHT}
      viewBox={`0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`}
      fontFamily={PICTURE_FONT}
      xmlLang={flow.locale}
    >
      <rect width={CARD_WIDTH} height={CARD_HEIGHT} fill="#ffffff" />
      {titleLines.map((line, i) => (
        <Words key={i} flow={flow} x={PAD} y={32 + 40 + i * 48} size={TITLE.size} bold>
          {line}
        </Words>
      ))}
      {subtitleLines.map((line, i) => (
        <Words key={i} flow={flow} x={PAD} y={subtitleY + i * 30} size={SUBTITLE.size} fill="#475569">
          {line}
        </Words>
      ))}
      {children({ top, height: bottom - top })}
      {legend && <StanceLegend flow={flow} layout={key} y={legendY} />}
      <Words flow={flow} x={PAD} y={CREDIT_Y} size={17} width={INNER_WIDTH - 140} fill="#64748b">
        {words.credit}
      </Words>
      <Words flow={flow} x={CARD_WIDTH - PAD} y={CREDIT_Y} size={17} fill="#64748b" anchor="end">
        CC BY 4.0
      </Words>
    </svg>
  );
}

/** A stance's (or no position's) colour swatch. */
export function Swatch({
  flow,
  x,
  y,
  size,
  colour,
}: {
  flow: Flow;
  x: number;
  y: number;
  size: number;
  colour: string;
}) {
  return <rect x={flow.x(x, size)} y={y} width={size} height={size} fill={colour} stroke="#94a3b8" strokeWidth={1} />;
}

/** The legend's entries: each stance, then no position. */
export const legendOf = (words: CardWords) => [
  ...STANCES.map((s) => ({ key: s, label: words.stance[s], colour: STANCE_STYLE[s].background })),
  { key: "none", label: words.noPosition, colour: NO_POSITION_STYLE.background },
];

/** The stance scale set in rows from `x`, none wider than `width` (one row, unless the language's labels are long). */
export function legendLayout(words: CardWords, { x, width, size }: { x: number; width: number; size: number }) {
  const swatch = Math.round(size * 1.06);
  const entries = legendOf(words);
  const places = rowsOf(
    entries.map((item) => swatch + 6 + textWidth(item.label, { size }) + size * 1.1),
    x,
    width,
  );
  const items = entries.map((item, i) => ({ ...item, x: places[i]?.x ?? x, row: places[i]?.row ?? 0 }));
  return { items, size, swatch, rowHeight: swatch + 8, rows: Math.max(...items.map((item) => item.row)) + 1 };
}

/** The stance scale as laid out by legendLayout, its first row at `y`. */
export function StanceLegend({ flow, layout, y }: { flow: Flow; layout: ReturnType<typeof legendLayout>; y: number }) {
  const { items, size, swatch, rowHeight } = layout;
  return (
    <g>
      {items.map((item) => (
        <g key={item.key}>
          <Swatch flow={flow} x={item.x} y={y + item.row * rowHeight} size={swatch} colour={item.colour} />
          <Words
            flow={flow}
            x={item.x + swatch + 6}
            y={y + item.row * rowHeight + swatch * 0.82}
            size={size}
            fill="#334155"
          >
            {item.label}
          </Words>
        </g>
      ))}
    </g>
  );
}

/** A bar split by stance, each part as wide as its count (the no-position part, if given, last). */
export function StackedBar({
  flow,
  x,
  y,
  width,
  height,
  counts,
  none = 0,
}: {
  flow: Flow;
  x: number;
  y: number;
  width: number;
  height: number;
  counts: Record<string, number>;
  none?: number;
}) {
  const parts = [
    ...STANCES.map((s) => ({ key: s, n: counts[s] ?? 0, colour: STANCE_STYLE[s].background })),
    { key: "none", n: none, colour: NO_POSITION_STYLE.background },
  ].filter((p) => p.n > 0);
  const total = parts.reduce((sum, p) => sum + p.n, 0) || 1;
  const widths = parts.map((p) => (p.n / total) * width);
  const starts = lineUp(widths, x);
  return (
    <g>
      {parts.map((p, i) => (
        <rect
          key={p.key}
          x={flow.x(starts[i] ?? x, widths[i])}
          y={y}
          width={widths[i]}
          height={height}
          fill={p.colour}
        />
      ))}
      <rect x={flow.x(x, width)} y={y} width={width} height={height} fill="none" stroke="#cbd5e1" />
    </g>
  );
}
