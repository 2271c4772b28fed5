import Link from "@/app/_components/link";

/** What a missing page says, with the ways on. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">404 — page not found</p>
      <h1 className="text-3xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
      <p className="text-slate-700">
        The address may be mistyped, or the page may have moved. Government pages use ISO codes (for example{" "}
        <code>/governments/BRA</code>) and topic pages use short names (for example <code>/topics/itu-mandate</code>).
      </p>
      <ul className="flex flex-wrap justify-center gap-3 pt-2">
        <li>
          <Link className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700" href="/">
            Home
          </Link>
        </li>
        <li>
          <Link
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            href="/topics"
          >
            All topics
          </Link>
        </li>
        <li>
          <Link
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            href="/governments"
          >
            All governments
          </Link>
        </li>
      </ul>
    </div>
  );
}
