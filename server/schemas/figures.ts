import { z } from "zod";
import { calendarDateSchema } from "./common";

// A topic's map and chart as files: `/api/v1/topics/{slug}/{map|chart}.{svg|png}?at=`.

/** A topic's two figures: its world map and its stance chart (also an embed's `tab`). */
export const FIGURE_KINDS = ["map", "chart"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Each file's figure and format. */
export const FIGURE_FILES = {
  "map.svg": { kind: "map", format: "svg" },
  "map.png": { kind: "map", format: "png" },
  "chart.svg": { kind: "chart", format: "svg" },
  "chart.png": { kind: "chart", format: "png" },
} as const;
export const figureFileSchema = z.enum(["map.svg", "map.png", "chart.svg", "chart.png"]);
export const figureQuerySchema = z.strictObject({ at: calendarDateSchema.optional() });
