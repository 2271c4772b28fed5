import type { Locator, Page } from "@playwright/test";

/**
 * The matrix's cell in a government's row (its row header) and a topic's column (its header's
 * title). A cell's accessible name is its stance and what the government did when ("voted 5 Dec 2018"); screen readers announce the
 * government and the topic from the headers, as this locator finds them.
 */
export function matrixCell(page: Page, government: string, topic: string): Locator {
  const grid = `//table[@role="grid"]`;
  const column = `count(${grid}/thead/tr/th[span[normalize-space()="${topic}"]]/preceding-sibling::th)`;
  return page.locator(`xpath=${grid}/tbody/tr[th/a[normalize-space()="${government}"]]/td[${column}]`);
}
