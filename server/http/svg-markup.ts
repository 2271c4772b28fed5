import "server-only";
import { type ReactElement } from "react";

/** An SVG drawn by a server component, as a file's text (react-dom/server, loaded when first needed). */
export async function svgMarkup(element: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(element)}`;
}
