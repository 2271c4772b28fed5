import { createElement } from "react";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { type Locale } from "@/server/i18n/locales";
import { svgMarkup } from "@/server/http/svg-markup";
import { drawingOptions, drawPng } from "@/server/pictures/draw-png";
import { textWidth } from "@/server/pictures/text-fit";
import { type TopicFigure } from "@/server/services/topic-figure";
import { cardLanguage } from "./card-language";
import { LOCALES } from "@/server/i18n/locales";
import { type Matrix } from "@/server/services/matrix";
import { type MatrixCell } from "@/server/shared/matrix-types";
import { MatrixCard } from "./matrix-card";
import { TopicChartCard, TopicMapCard } from "./topic-cards";

// The pictures in six languages: drawn with the shipped fonts (Arabic and Chinese too, not boxes), laid out in the
// reading direction (an Arabic title from the right edge), with lines cut to fit by a width estimate that is never short.

const SAMPLES: Record<Locale, string> = {
  en: "Who coordinates the Internet's unique identifiers (IANA) — 2019",
  fr: "Rôle du Forum sur la gouvernance de l'Internet après 2025",
  es: "Gobernanza multisectorial frente a intergubernamental: posición",
  ru: "Роль Форума по вопросам управления использованием Интернета",
  zh: "互联网治理论坛的作用：多利益攸关方模式，2019年12月28日",
  ar: "دور منتدى إدارة الإنترنت: نموذج أصحاب المصلحة المتعددين 74/247",
};

const textSvg = (text: string, size: number, bold = false) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="120"><text x="10" y="80" font-size="${size}"` +
  `${bold ? ' font-weight="700"' : ""} font-family="Noto Sans, Noto Sans Arabic, Noto Sans SC">${text}</text></svg>`;

/** The columns (x) where the band of rows [top, bottom) has ink. */
function inkColumns(svg: string, locale: Locale, top: number, bottom: number): number[] {
  const image = new Resvg(svg, drawingOptions(locale)).render();
  const pixels = image.pixels; // a copy at each read
  const columns = new Set<number>();
  for (let y = top; y < bottom; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if ((pixels[i] ?? 255) < 128 && (pixels[i + 3] ?? 0) > 0) columns.add(x);
    }
  return [...columns].sort((a, b) => a - b);
}

const figure = (title: string): TopicFigure => ({
  topic: { slug: "igf-role", title, description: "", translations: {} },
  at: "2019-12-28",
  asOf: "28 Dec 2019",
  governments: [],
  stances: [],
  contested: [],
  counts: {
    multistakeholder: 3,
    leans_multistakeholder: 1,
    mixed: 0,
    leans_intergovernmental: 0,
    intergovernmental: 2,
  },
  columns: [
    {
      date: "2019-12-28",
      label: "2019",
      counts: {
        multistakeholder: 3,
        leans_multistakeholder: 1,
        mixed: 0,
        leans_intergovernmental: 0,
        intergovernmental: 2,
      },
    },
  ],
  events: [],
});

const chartCard = async (locale: Locale, title: string) =>
  svgMarkup(createElement(TopicChartCard, { lang: await cardLanguage(locale), figure: figure(title) }));

describe("pictures in six languages", () => {
  it.each(["ar", "zh", "ru"] as const)(
    "draws %s text with its own script's font, not the Latin font's empty boxes",
    (locale) => {
      const svg = textSvg(SAMPLES[locale], 40);
      const latinOnly = new Resvg(svg, drawingOptions("en")).render().pixels;
      const withScript = new Resvg(svg, drawingOptions(locale)).render().pixels;
      if (locale === "ru")
        expect(withScript.equals(latinOnly)).toBe(true); // Cyrillic is in Noto Sans itself
      else expect(withScript.equals(latinOnly)).toBe(false);
      expect(inkColumns(svg, locale, 0, 120).length).toBeGreaterThan(300);
    },
  );

  it.each(Object.entries(SAMPLES))("estimates a %s line's width on the wide side, within a third", (locale, text) => {
    for (const [size, bold] of [
      [17, false],
      [42, true],
    ] as const) {
      const drawn = new Resvg(textSvg(text, size, bold), drawingOptions(locale as Locale)).getBBox()?.width ?? 0;
      const estimate = textWidth(text, { size, bold });
      expect(drawn).toBeGreaterThan(0);
      expect(estimate).toBeGreaterThanOrEqual(drawn);
      expect(estimate).toBeLessThan(drawn * 1.34);
    }
  });

  it("an Arabic card sets its title from the right edge, an English one from the left", async () => {
    const arabic = await chartCard("ar", "دور منتدى إدارة الإنترنت");
    expect(arabic).toContain('xml:lang="ar"');
    const ink = inkColumns(arabic, "ar", 32, 84);
    expect(ink.at(-1)).toBeGreaterThan(1140); // the right margin is 48 px
    expect(ink[0]).toBeGreaterThan(600);
    const english = inkColumns(await chartCard("en", "Role of the IGF"), "en", 32, 84);
    expect(english[0]).toBeLessThan(60);
    expect(english.at(-1)).toBeLessThan(600);
  });

  it("a title too long for two lines is cut with an ellipsis, in every language", async () => {
    for (const [locale, text] of Object.entries(SAMPLES)) {
      const markup = await chartCard(locale as Locale, `${text} ${text} ${text}`);
      const titleLines = [...markup.matchAll(/font-size="42"[^>]*>([^<]*)</g)].map((m) => m[1]);
      expect(titleLines).toHaveLength(2);
      expect(titleLines[1]).toMatch(/…/);
    }
  });

  it("draws a whole Chinese card to a PNG", async () => {
    const png = await drawPng(await chartCard("zh", SAMPLES.zh), "zh");
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it.each(LOCALES)("fits every stance's label and count in full on a %s card, at 193 governments", async (locale) => {
    const lang = await cardLanguage(locale);
    const governments = Array.from({ length: 193 }, (_, i) => ({
      iso3: `G${String(i).padStart(2, "0")}`,
      name: "",
      m49: "",
    }));
    const map = await svgMarkup(createElement(TopicMapCard, { lang, figure: { ...figure("t"), governments } }));
    const cell: MatrixCell = {
      stance: "mixed",
      score: 0,
      statedOn: "2019-12-27",
      datePrecision: "day",
      evidence: "vote",
      event: null,
      positionId: 1,
      contested: false,
      contestedNote: null,
    };
    const matrix: Matrix = {
      at: "2019-12-28",
      topics: ["t"],
      rows: governments.map((g) => ({ ...g, region: "", subregion: "", cells: { t: cell } })),
    };
    const card = await svgMarkup(
      createElement(MatrixCard, { lang, matrix, titles: new Map([["t", "t"]]), scope: "all", ordered: true }),
    );
    // The map's key (labels may take two lines) and the matrix's "193 on record": never cut.
    const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1] ?? "");
    const label = (words: string) => words.replace(/[\u2066-\u2069]/g, "");
    expect(
      texts(map)
        .map(label)
        .filter((text) => text.includes("…")),
    ).toEqual([]);
    expect(texts(card).map(label)).toContain(label(lang.t("pictures.onRecord", { count: 193 })));
  });
});
