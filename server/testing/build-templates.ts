import { buildDatabaseTemplates } from "./database-templates";

// Run by the test setup in a process of its own (tsx loads the app's modules as `npm start` does):
// builds the templates in the directory it is given, prints where they are as JSON on its last
// line, then waits for its standard input to close and drops them.

const [dir] = process.argv.slice(2);
if (!dir) throw new Error("Usage: build-templates.ts <directory>");

void buildDatabaseTemplates(dir, Boolean(process.env.TEST_DATABASE_URL)).then(({ templates, drop }) => {
  process.stdout.write(`${JSON.stringify(templates)}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void drop().finally(() => process.exit(0)));
});
