import { type z } from "zod";
import {
  type historyEntryResponse,
  type matrixResponse,
  type positionResponse,
  type replyResponse,
} from "@/server/schemas/api-responses";

// Reader pages load what they show after the first paint (another date of the matrix, a cell's
// evidence, a topic's timeline) from the public read API: the same answers everyone gets,
// served from the server's page cache. Each URL is fetched once per page; the newest answers are kept.

export type ApiMatrix = z.infer<typeof matrixResponse>;
export type ApiPosition = z.infer<typeof positionResponse>;
export type ApiHistoryEntry = z.infer<typeof historyEntryResponse>;
export type ApiReply = z.infer<typeof replyResponse>;

const KEEP = 60;
const answers = new Map<string, unknown>();
const inFlight = new Map<string, Promise<unknown>>();

async function request(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body: unknown = await response.json();
  answers.set(url, body);
  if (answers.size > KEEP) answers.delete(answers.keys().next().value ?? "");
  return body;
}

/**
 * The answer of a read-API URL, asked of the server once. Its shape is the API's own
 * (server/schemas/api-responses.ts, which the API's tests hold its answers to).
 */
export function readApi<T>(url: string): Promise<T> {
  if (answers.has(url)) return Promise.resolve(answers.get(url) as T);
  let pending = inFlight.get(url);
  if (!pending) {
    pending = request(url).finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
  }
  return pending as Promise<T>;
}

/** The answer of a read-API URL if it has arrived already. */
export const readApiNow = <T>(url: string): T | undefined => answers.get(url) as T | undefined;
