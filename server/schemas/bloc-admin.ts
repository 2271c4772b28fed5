import { z } from "zod";
import { DATE_PRECISIONS } from "@/db/enums";
import { idSchema, URL_MAX, URL_TOO_LONG } from "./common";
import { adminDaySchema, adminSlugSchema, adminTextSchema } from "./reference-admin";

// What admins write on /admin/blocs: a bloc, a membership period with its source, the end of one.

const sourceUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(URL_MAX, { error: `${label}: ${URL_TOO_LONG}` })
    .pipe(z.url({ protocol: /^https?$/, error: `${label}: enter the http(s) address of the page that says so.` }));

/** Membership can predate the record of positions (the EU's founders joined in 1958), but not the UN. */
const membershipDay = (label: string) =>
  adminDaySchema(label).refine((date) => date >= "1945-10-24", {
    error: `${label}: a date on or after 24 October 1945.`,
  });

export const blocInputSchema = z.object({
  /** The slug being edited; absent when creating. */
  originalSlug: z.string().optional(),
  // `/blocs/view/…` is where the page cache keeps the list of blocs (server/cache/view-routes.ts).
  slug: adminSlugSchema.refine((slug) => slug !== "view", {
    error: "“view” names a page of the site: choose another slug.",
  }),
  name: adminTextSchema("Name", 2, 200),
  description: adminTextSchema("Description", 10, 1000),
  coverageNote: adminTextSchema("Coverage", 0, 1000),
  coverage: z.enum(["complete", "partial"], { error: "Coverage: choose complete or partial." }),
});
export type BlocInput = z.input<typeof blocInputSchema>;

export const membershipInputSchema = z.object({
  bloc: z.string().min(1).max(60),
  government: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, { error: "Government: enter its ISO 3166-1 alpha-3 code, like FRA." })),
  joinedOn: membershipDay("Joined on"),
  joinedPrecision: z.enum(DATE_PRECISIONS, { error: "Date precision: choose day, month, year or on or before." }),
  sourceUrl: sourceUrl("Source"),
});
export type MembershipInput = z.input<typeof membershipInputSchema>;

export const endMembershipInputSchema = z.object({
  id: idSchema,
  leftOn: membershipDay("Left on"),
  leftSourceUrl: sourceUrl("Source"),
});
