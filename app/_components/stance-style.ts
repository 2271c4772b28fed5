import { type Stance, STANCES } from "@/db/enums";

// Colours for the stance scale: ColorBrewer's colour-blind-safe diverging PuOr scheme,
// purple at the multistakeholder end, orange at the intergovernmental end. Colour is never
// the only signal: every use pairs it with the stance's label or symbol.

/**
 * d3-scale-chromatic's `schemePuOr[5]`, purple → orange, the same way as the stance scale.
 * Written out so that pages do not ship d3's colour code to the browser; a test checks them
 * against the library, and the matrix's CSS classes (app/globals.css) against these.
 */
export const PU_OR_5 = ["#5e3c99", "#b2abd2", "#f7f7f7", "#fdb863", "#e66101"] as const;

/** `border` outlines the light middle of the scale, which would otherwise vanish on white. */
export type StanceStyle = { background: string; text: string; symbol: string; border: string };

const SYMBOLS: Record<Stance, string> = {
  multistakeholder: "MS",
  leans_multistakeholder: "ms",
  mixed: "±",
  leans_intergovernmental: "ig",
  intergovernmental: "IG",
};

function styleOf(stance: Stance): StanceStyle {
  const i = STANCES.indexOf(stance);
  return {
    background: PU_OR_5[i] ?? "#999999",
    text: i === 0 ? "#ffffff" : "#1a1a1a",
    symbol: SYMBOLS[stance],
    border: stance === "mixed" ? "#a3a3a3" : "transparent",
  };
}

export const STANCE_STYLE: Record<Stance, StanceStyle> = {
  multistakeholder: styleOf("multistakeholder"),
  leans_multistakeholder: styleOf("leans_multistakeholder"),
  mixed: styleOf("mixed"),
  leans_intergovernmental: styleOf("leans_intergovernmental"),
  intergovernmental: styleOf("intergovernmental"),
};

export const NO_POSITION_STYLE: StanceStyle = {
  background: "#e5e7eb",
  text: "#4b5563",
  symbol: "–",
  border: "transparent",
};

/** The matrix cell's class for a stance (`s0`…`s4` along the scale, `sn` for none): short, since the matrix has thousands. */
export const stanceClass = (stance: Stance | null) => (stance ? `s${STANCES.indexOf(stance)}` : "sn");
