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

// The same header for every reader, so pages can be cached; the account links are a client island that fills in
// after load. They have a row of their own beside the logo, one line high whatever they hold, so their arrival never
// moves the page below (a staff member's three links used to wrap the site's links onto a new line, under a pointer).
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto max-w-7xl px-4">
        <div className="flex h-12 items-center justify-between gap-4">
          <Link
            href="/"
            className="flex shrink-0 items-center gap-2 text-lg font-semibold tracking-tight text-slate-900"
          >
            <span
              aria-hidden="true"
              className="inline-block h-6 w-6 rounded-full bg-gradient-to-r from-[#5e3c99] to-[#e66101]"
            />
            Stance Atlas
          </Link>
          <ul className="flex min-w-0 items-center gap-1 overflow-x-auto text-sm font-medium whitespace-nowrap">
            <AccountLinks />
          </ul>
        </div>
        <ul className="-mx-3 flex flex-wrap gap-1 pb-2 text-sm font-medium">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="nav-link">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
