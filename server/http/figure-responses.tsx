import "server-only";
import { ImageResponse } from "next/og";
import { type ReactElement } from "react";
import { CARD_HEIGHT, CARD_WIDTH } from "@/app/_charts/cards/card-frame";
import { publicCacheControl } from "./responses";

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

/** A 1200×630 PNG of a card (app/_charts/cards/); a download when given a file name. */
export function pngCard(card: ReactElement, { filename, maxAge }: { filename?: string; maxAge?: number } = {}): ImageResponse {
  return new ImageResponse(card, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    headers: {
      "Access-Control-Allow-Origin": "*",
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
      ...(maxAge ? { "Cache-Control": publicCacheControl(maxAge) } : {}),
    },
  });
}
