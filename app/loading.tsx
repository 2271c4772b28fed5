export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-9 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-full max-w-3xl animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-5/6 max-w-3xl animate-pulse rounded bg-slate-200" />
      <div className="grid grid-cols-2 gap-4 pt-4 sm:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
