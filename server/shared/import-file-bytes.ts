import { IMPORT_MAX_BYTES } from "@/server/schemas/import-row";

// The first check of a bulk-import file, the same in the browser (/moderation/import) and the CLI.

/** Why a file of this many bytes is refused, or null when its size is fine. */
export const sizeProblem = (bytes: number): string | null =>
  bytes >= IMPORT_MAX_BYTES
    ? `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB. Split it into smaller files.`
    : null;

/** The file's text, or why it cannot be read at all (too big, not UTF-8). */
export function decodeImportFile(bytes: Uint8Array): { text: string } | { error: string } {
  const tooBig = sizeProblem(bytes.byteLength);
  if (tooBig) return { error: tooBig };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { error: "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again." };
  }
}
