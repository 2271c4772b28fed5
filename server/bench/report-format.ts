import { type Machine } from "./figures";

// How the benchmark reports write numbers and tables: the same units everywhere, no NaN.

const finite = (n: number) => Number.isFinite(n);

/** Requests a second: whole numbers with separators from 100 up, one decimal below. */
export const rps = (n: number) => (!finite(n) ? "–" : n >= 100 ? Math.round(n).toLocaleString("en") : n.toFixed(1));

export const ms = (n: number, digits = 1) =>
  finite(n) ? `${n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms` : "–";

export const size = (kb: number) =>
  !finite(kb) ? "–" : kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb).toLocaleString("en")} kB`;

/** a / b to two decimals; a dash when there is nothing to divide by. */
export const ratio = (a: number, b: number) => (finite(a) && finite(b) && b > 0 ? (a / b).toFixed(2) : "–");

/** autocannon counts whole milliseconds: a median under 1 ms reads as 0 or 1. */
export const spread = (p50: number, p99: number) => (p99 / Math.max(1, p50)).toFixed(1);

export const count = (n: number) => Math.round(n).toLocaleString("en");

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => "---"), ...rows].map((row) => `| ${row.map(cell).join(" | ")} |`).join("\n");
}

export const code = (text: string) => `\`${text}\``;

/** The top of a generated report: what wrote it, when, and on what machine. */
export function generatedHeader(
  title: string,
  command: string,
  date: string,
  machine: Machine,
  databases: string[],
): string {
  const when = `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`;
  return [
    `# ${title}`,
    "",
    `> Written by ${code(command)} (${code("server/bench/run.ts")}) from its own run. Do not edit it by hand: run the command again.`,
    `> What is measured and why: [Speed](ARCHITECTURE.md#speed).`,
    "",
    table(
      ["run", ""],
      [
        ["date", when],
        ["machine", `${machine.cores} cores (${machine.cpu}), ${machine.memoryGb.toFixed(1)} GB memory, ${machine.os}`],
        ["Node.js", machine.node],
        ["databases", databases.join("; ")],
        ["commit", machine.commit ?? "unknown"],
      ],
    ),
  ].join("\n");
}
