import { customType } from "drizzle-orm/pg-core";

// A PostgreSQL full-text document (`tsvector`): what search matches a row by. Written by the database itself
// (a trigger), never by the application: see migration 0021.
export const searchDocument = customType<{ data: string }>({ dataType: () => "tsvector" });
