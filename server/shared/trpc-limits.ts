/** The most procedure calls one tRPC request may batch (the browser's link sends at most this many). */
export const TRPC_MAX_BATCH = 10;
