import "server-only";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { type Locale } from "@/server/i18n/locales";
import { fontFilesFor } from "./fonts";

// An SVG drawn to PNG by resvg (Rust, through napi: off the event loop, in libuv's thread pool), with the
// shipped fonts only: it shapes Arabic and orders right-to-left text (what next/og's satori cannot, vercel/satori#74).

/** How a picture in this language is drawn: its fonts and nothing from the machine. */
export const drawingOptions = (locale: Locale): ResvgRenderOptions => ({
  font: { fontFiles: fontFilesFor(locale), loadSystemFonts: false, defaultFontFamily: "Noto Sans" },
});

export async function drawPng(svg: string, locale: Locale): Promise<Buffer> {
  return (await renderAsync(svg, drawingOptions(locale))).asPng();
}
