import "server-only";
import { ImageResponse } from "next/og";
import { type ReactElement } from "react";
import { CARD_HEIGHT, CARD_WIDTH } from "./card-size";
import { cachedFigure } from "@/server/cache/cached-figure";
import { FiguresBusyError, figureRenders } from "./render-limit";
import { jsonError, publicCacheControl } from "./responses";

// Pictures as answers: an SVG file, or a PNG drawn by next/og, both open to any origin and
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

/** What a PNG shows: its kind, everything it is drawn from (its cache key), and the tags of those rows (a change to them drops it). */
export type Picture = { name: string; of: unknown; tags: string[] };

/** Draws a card to PNG bytes now (ImageResponse draws only when its body is read). */
async function drawPng(card: ReactElement): Promise<Buffer> {
  return Buffer.from(await new ImageResponse(card, { width: CARD_WIDTH, height: CARD_HEIGHT }).arrayBuffer());
}

/**
 * A 1200×630 PNG of a card (app/_charts/cards/); a download when given a file name. Drawn once per
 * distinct picture (cachedFigure) and a few at a time (figureRenders); a 503 when too many wait.
 */
export async function pngCard(
  picture: Picture,
  card: () => ReactElement | Promise<ReactElement>,
  { filename, maxAge }: { filename?: string; maxAge?: number } = {},
): Promise<Response> {
  let bytes: Buffer;
  try {
    bytes = await cachedFigure(picture.name, picture.of, picture.tags, () =>
      figureRenders.run(async () => drawPng(await card())),
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
