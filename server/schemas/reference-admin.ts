import { z } from "zod";
import { isCalendarDate } from "@/server/shared/dates";

// What admins write when they create or edit topics and events (/admin/topics, /admin/events).

export const adminSlugSchema = z
  .string()
  .trim()
  .min(2, { error: "Use at least 2 characters." })
  .max(60, { error: "Use at most 60 characters." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "Use lowercase letters, digits and single hyphens, like itu-mandate.",
  });
export const adminTextSchema = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { error: `${label}: write at least ${min} characters.` })
    .max(max, { error: `${label}: keep it to ${max} characters or fewer.` });
export const adminDaySchema = (label: string) =>
  z
    .string()
    .trim()
    .refine(isCalendarDate, { error: `${label}: enter a real date written YYYY-MM-DD.` });

export const topicInputSchema = z.object({
  /** The slug being edited; absent when creating. */
  originalSlug: z.string().optional(),
  slug: adminSlugSchema,
  title: adminTextSchema("Title", 3, 200),
  description: adminTextSchema("Description", 10, 1000),
  multistakeholderPole: adminTextSchema("Multistakeholder pole", 10, 500),
  intergovernmentalPole: adminTextSchema("Intergovernmental pole", 10, 500),
});
export type TopicInput = z.input<typeof topicInputSchema>;

export const eventInputSchema = z
  .object({
    originalSlug: z.string().optional(),
    slug: adminSlugSchema,
    name: adminTextSchema("Name", 3, 200),
    place: adminTextSchema("Place", 2, 200),
    startDate: adminDaySchema("Start date"),
    endDate: adminDaySchema("End date"),
  })
  .refine((e) => e.endDate >= e.startDate, {
    error: "End date: an event cannot end before it starts.",
    path: ["endDate"],
  });
export type EventInput = z.input<typeof eventInputSchema>;

export const retireSchema = z.object({ slug: z.string().min(1).max(60), retired: z.boolean() });
