import { SECTIONS } from "./sections";

/** "On this page": a link to every section, for a long page. */
export function Contents() {
  return (
    <nav aria-label="On this page" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <p className="font-medium text-slate-600">On this page</p>
      <ol className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {Object.entries(SECTIONS).map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`} className="underline">
              {title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
