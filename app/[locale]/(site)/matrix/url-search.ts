// The address bar's query string as a store the matrix view subscribes to. A change shows at
// once and is written to the address bar at once, unless one was written in the last 120 ms:
// then it is written when they are up (Safari refuses more than 100 history updates in 10
// seconds, and a reader typing a search makes one per key). Writing through
// history.replaceState keeps Next's router in step and asks the server for nothing.

const WRITE_EVERY_MS = 120;
const listeners = new Set<() => void>();
let pending: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWrite = Number.NEGATIVE_INFINITY;

/** The query string the page shows: the one about to be written, or the address bar's. */
export const currentSearch = (): string => pending ?? window.location.search;

const notify = () => listeners.forEach((listener) => listener());

function flush() {
  timer = undefined;
  if (pending === null) return;
  lastWrite = performance.now();
  const url = `${window.location.pathname}${pending}${window.location.hash}`;
  pending = null;
  window.history.replaceState(window.history.state, "", url);
}

/** Shows `search` (`?a=b`, or "" for none) at once and writes it to the address bar now or soon. */
export function showSearch(search: string): void {
  pending = search;
  notify();
  const wait = lastWrite + WRITE_EVERY_MS - performance.now();
  if (wait <= 0) flush();
  else timer ??= setTimeout(flush, wait);
}

/** Back and forward move the address bar themselves: what was about to be written is dropped. */
function onPopState() {
  pending = null;
  clearTimeout(timer);
  timer = undefined;
  notify();
}

export function subscribeToSearch(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("popstate", onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}
