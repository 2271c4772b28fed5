// Fitting words into a picture's boxes. SVG text does not wrap, and resvg measures nothing for us: a line's width
// is estimated from the advance widths of Noto Sans, Noto Sans Arabic and Noto Sans SC, by kind of character,
// on the wide side (app/_charts/cards/card-pictures.test.ts holds the estimate against resvg's own measure), then lines break between
// words (Intl.Segmenter: between Chinese words too) and what does not fit ends with "…".

/** Widths in em, a little over the fonts' own (regular weight). */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === " ") return 0.27;
  if (code >= 0x2e80 && code <= 0x9fff) return 1; // CJK ideographs and their punctuation
  if (code >= 0xff00 && code <= 0xffef) return 1; // full-width forms
  if (code >= 0x0600 && code <= 0x06ff) return 0.5; // Arabic
  if (code >= 0x0300 && code <= 0x036f) return 0; // combining marks
  if (/[0-9]/.test(char)) return 0.58;
  if (/[A-Z]|[\u0410-\u042f]/.test(char)) return 0.7;
  if (/[.,:;!'|ilj()[\]]/.test(char)) return 0.3;
  return 0.6;
}

export type TextStyle = { size: number; bold?: boolean };

/** A text's width at this size, estimated on the wide side. */
export function textWidth(text: string, { size, bold = false }: TextStyle): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size * (bold ? 1.07 : 1);
}

const ELLIPSIS = "…";

/** The text, cut at a character with "…" if it is wider than `width`. */
export function fitLine(text: string, width: number, style: TextStyle): string {
  if (textWidth(text, style) <= width) return text;
  const chars = [...text];
  while (chars.length && textWidth(`${chars.join("").trimEnd()}${ELLIPSIS}`, style) > width) chars.pop();
  return `${chars.join("").trimEnd()}${ELLIPSIS}`;
}

/** The text in at most `lines` lines no wider than `width`, broken between words; the last cut with "…" if need be. */
export function wrapLines(text: string, width: number, style: TextStyle & { lines: number }, locale: string): string[] {
  const words = [...new Intl.Segmenter(locale, { granularity: "word" }).segment(text)].map((s) => s.segment);
  const lines: string[] = [];
  let line = "";
  for (const [i, word] of words.entries()) {
    const longer = line + word;
    if (!line || textWidth(longer.trimEnd(), style) <= width) {
      line = longer;
      continue;
    }
    if (lines.length === style.lines - 1) return [...lines, fitLine(`${line}${words.slice(i).join("")}`, width, style)];
    lines.push(fitLine(line.trimEnd(), width, style));
    line = word.trimStart();
  }
  return [...lines, fitLine(line.trimEnd(), width, style)].filter(Boolean);
}
