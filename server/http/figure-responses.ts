import "server-only";
import { type ReactElement } from "react";
import { cachedFigure } from "@/server/cache/cached-figure";
import { type Locale } from "@/server/i18n/locales";
import { drawPng } from "@/server/pictures/draw-png";
import { FiguresBusyError, figureRenders } from "./render-limit";
import { jsonError, publicCacheControl } from "./responses";
import { svgMarkup } from "./svg-markup";

// Pictures as answers: an SVG file, or a PNG drawn from one (server/pictures/), both open to any origin and
// cacheable like the rest of the read API.

export function svgFile(markup: string, filename: string, maxAge: number): Response {
  return new Response(markup, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": publicCacheControl(maxAge),
    },
  });
}

/**
 * What a PNG shows: its kind, its language, everything it is drawn from (with the language, its cache key), and the
 * tags of those rows (a change to them drops it).
 */
export type Picture = { name: string; locale: Locale; of: unknown; tags: string[] };

/** Draws a card (an SVG element) to PNG bytes. */
async function drawCard(card: ReactElement, locale: Locale): Promise<Buffer> {
  return drawPng(await svgMarkup(card), locale);
}

/**
 * A 1200×630 PNG of a card (app/_charts/cards/) in its language; a download when given a file name. Drawn once per
 * distinct picture (cachedFigure) and a few at a time (figureRenders); a 503 when too many wait.
 */
export async function pngCard(
  picture: Picture,
  card: () => ReactElement | Promise<ReactElement>,
  { filename, maxAge }: { filename?: string; maxAge?: number } = {},
): Promise<Response> {
  let bytes: Buffer;
  try {
    bytes = await cachedFigure(picture.name, { locale: picture.locale, of: picture.of }, picture.tags, () =>
      figureRenders.run(async () => drawCard(await card(), picture.locale)),
    );
  } catch (error) {
    if (error instanceof FiguresBusyError) return jsonError(503, error.message, { "Retry-After": "5" });
    throw error;
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/png",
      "Access-Control-Allow-Origin": "*",
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
      ...(maxAge ? { "Cache-Control": publicCacheControl(maxAge) } : {}),
    },
  });
}
