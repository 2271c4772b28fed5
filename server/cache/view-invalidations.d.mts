/** Marks every view carrying one of `tags` as out of date from `at` (ms since the epoch). `"*"` is every view. */
export function invalidateTags(tags: readonly string[], at?: number): void;
/** Whether a view carrying `tags`, made from data read at `since`, may be out of date. */
export function invalidatedSince(tags: readonly string[], since: number): boolean;
/** Whether this process hears every change now; pages are cached only while it does. */
export function setListening(listening: boolean): void;
export function isListening(): boolean;
