import { stringify } from "csv-stringify/sync";

// Every CSV the site writes goes through `csvText` (downloads, release files): spreadsheets run a cell
// that starts with =, +, -, @, a tab or a CR as a formula (OWASP "CSV injection"), so csv-stringify's
// `escape_formulas` puts a ' before such a text cell (numbers keep their minus sign). A spreadsheet
// shows the cell as the text it is; `unescapeCsvCell` reads our own files back to the same text.

/** Records as CSV text, formula-like text cells escaped. */
export const csvText = (records: readonly (readonly unknown[])[]): string =>
  stringify(records as unknown[][], { escape_formulas: true });

const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A cell of an imported CSV without the ' that `csvText` (or a spreadsheet) put before a formula-like text. */
export const unescapeCsvCell = (cell: string): string => cell.replace(ESCAPED_FORMULA, "");
