/** The font of text in the SVGs the site draws: the reader's system font. */
export const SVG_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
