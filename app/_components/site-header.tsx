import Link from "@/app/_components/link";
import { AccountLinks } from "./account-links";

const NAV = [
  { href: "/matrix", label: "Matrix" },
  { href: "/topics", label: "Topics" },
  { href: "/governments", label: "Governments" },
  { href: "/compare", label: "Compare" },
  { href: "/blocs", label: "Blocs" },
  { href: "/changes", label: "Changes" },
  { href: "/data", label: "Data" },
  { href: "/methodology", label: "Methodology" },
  { href: "/contribute", label: "Contribute" },
];

// The same header for every reader, so pages can be cached; the account links are a client island.
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span
            aria-hidden="true"
            className="inline-block h-6 w-6 rounded-full bg-gradient-to-r from-[#5e3c99] to-[#e66101]"
          />
          Stance Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <AccountLinks />
          </ul>
        </nav>
      </div>
    </header>
  );
}
