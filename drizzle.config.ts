import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema, committed, and applied by `npm run db:migrate`
// (and on `npm start`). They are the same for PGlite and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
