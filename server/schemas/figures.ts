import { z } from "zod";
import { calendarDateSchema } from "./common";

// A topic's map and chart as files: `/api/v1/topics/{slug}/{map|chart}.{svg|png}?at=`.

/** Each file's figure and format. */
export const FIGURE_FILES = {
  "map.svg": { kind: "map", format: "svg" },
  "map.png": { kind: "map", format: "png" },
  "chart.svg": { kind: "chart", format: "svg" },
  "chart.png": { kind: "chart", format: "png" },
} as const;
export const figureFileSchema = z.enum(["map.svg", "map.png", "chart.svg", "chart.png"]);
export const figureQuerySchema = z.strictObject({ at: calendarDateSchema.optional() });
