import type { Page } from "@playwright/test";

// Filling the position form by its labels, as a contributor would.

export type ProposalFields = {
  government?: string;
  topic?: string;
  stance?: string;
  event?: string;
  date?: string;
  summary?: string;
  source?: string;
  quote?: string;
};

export async function fillProposal(page: Page, p: ProposalFields) {
  if (p.government !== undefined) await page.getByLabel("Government").fill(p.government);
  if (p.topic !== undefined) await page.getByLabel("Topic").fill(p.topic);
  if (p.stance !== undefined) await page.getByLabel("Stance").selectOption(p.stance);
  if (p.event !== undefined) await page.getByLabel("Event").selectOption(p.event);
  if (p.date !== undefined) await page.getByLabel("Date stated").fill(p.date);
  if (p.summary !== undefined) await page.getByLabel("Summary").fill(p.summary);
  if (p.source !== undefined) await page.getByLabel("Source URL", { exact: true }).fill(p.source);
  if (p.quote !== undefined) await page.getByLabel("Quote").fill(p.quote);
}

/** A date no other test uses, so reruns never meet an earlier run's positions. */
export const freshDate = () =>
  new Date(Date.UTC(2016, 0, 1) + Math.floor(Math.random() * 3500) * 86_400_000).toISOString().slice(0, 10);
