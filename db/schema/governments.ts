import { char, pgTable, text } from "drizzle-orm/pg-core";
import { unStatusEnum } from "./enums";

// The 193 UN member states and the two observer states, keyed by ISO 3166-1 alpha-3.
export const governments = pgTable("governments", {
  iso3: char("iso3", { length: 3 }).primaryKey(),
  name: text("name").notNull(),
  officialName: text("official_name").notNull(),
  m49: char("m49", { length: 3 }).notNull().unique(),
  region: text("region").notNull(),
  subregion: text("subregion").notNull(),
  unStatus: unStatusEnum("un_status").notNull(),
});
