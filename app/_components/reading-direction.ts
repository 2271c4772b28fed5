/**
 * Which way an ArrowLeft or ArrowRight moves through a row of controls, in the element's reading direction: +1 to
 * the next (ArrowRight in English, ArrowLeft in Arabic), -1 to the previous, 0 for any other key.
 */
export function inlineStep(key: string, element: Element): 1 | -1 | 0 {
  if (key !== "ArrowLeft" && key !== "ArrowRight") return 0;
  const rtl = getComputedStyle(element).direction === "rtl";
  return (key === "ArrowRight") !== rtl ? 1 : -1;
}
