import { expect, type Page } from "@playwright/test";
import { fillProposal } from "./proposal-form";

export const IXPS = "Internet Exchange Points in developing countries";

/** A position published by a moderator on Internet Exchange Points (their own proposals are self-approved); returns its id. */
export async function publishAsModerator(
  mod: Page,
  government: string,
  date: string,
  summary: string,
  /** The language the summary is written in, chosen in the form (else the page's: English). */
  language?: string,
): Promise<number> {
  await mod.goto("/contribute");
  await fillProposal(mod, {
    government,
    topic: IXPS,
    stance: "mixed",
    date,
    summary,
    source: "https://example.org/original",
  });
  if (language) await mod.getByLabel("Written in").selectOption(language);
  await mod.getByRole("button", { name: "Submit for review" }).click();
  await expect(mod.getByRole("heading", { name: "Published" })).toBeVisible();
  const positions = await (await mod.request.get(`/api/v1/positions?topic=ixps`)).json();
  const position = positions.find(
    (p: { statedOn: string; summary: string }) => p.statedOn === date && p.summary === summary,
  );
  expect(position).toMatchObject({ government: expect.any(String), statedOn: date, summary, stance: "mixed" });
  return position.id;
}
