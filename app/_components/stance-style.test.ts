import fs from "node:fs";
import path from "node:path";
import { schemePuOr } from "d3-scale-chromatic";
import { describe, expect, it } from "vitest";
import { STANCES } from "@/db/enums";
import { NO_POSITION_STYLE, PU_OR_5, STANCE_STYLE, stanceClass } from "./stance-style";

const css = fs.readFileSync(path.join(process.cwd(), "app", "globals.css"), "utf8");
const cssVariables = (className: string) =>
  Object.fromEntries(
    [...(new RegExp(`\\.${className} \\{([^}]*)\\}`).exec(css)?.[1] ?? "").matchAll(/--(\w+): ([^;]+);/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );

describe("the stance colours", () => {
  it("are ColorBrewer's PuOr as d3-scale-chromatic gives it, multistakeholder purple to intergovernmental orange", () => {
    expect([...PU_OR_5]).toEqual(schemePuOr[5]);
  });

  it("are the same in the matrix's CSS classes as everywhere else, with the same symbols", () => {
    for (const stance of [...STANCES, null]) {
      const style = stance ? STANCE_STYLE[stance] : NO_POSITION_STYLE;
      expect(cssVariables(stanceClass(stance)), stanceClass(stance)).toEqual({
        bg: style.background,
        fg: style.text,
        bd: style.border,
        sym: `"${style.symbol}"`,
      });
    }
  });
});
