/** What a page shows while its data loads on the server (navigations between pages stream this first). */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4 py-6">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-full max-w-2xl animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-full max-w-xl animate-pulse rounded bg-slate-200" />
      <div className="h-40 w-full max-w-4xl animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
