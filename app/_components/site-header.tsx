import Link from "next/link";
import { currentSession } from "@/server/auth/session";

const NAV = [
  { href: "/matrix", label: "Matrix" },
  { href: "/topics", label: "Topics" },
  { href: "/governments", label: "Governments" },
  { href: "/changes", label: "Changes" },
  { href: "/methodology", label: "Methodology" },
  { href: "/contribute", label: "Contribute" },
];

// Links in the header (and in long lists elsewhere) are not prefetched: every page is rendered
// per request, and prefetching each visible link multiplied one view into dozens of renders.
export async function SiteHeader() {
  const session = await currentSession();
  const role = session?.user?.role;
  const nav = [
    ...NAV,
    ...(role === "moderator" || role === "admin" ? [{ href: "/moderation", label: "Moderation" }] : []),
    ...(role === "admin" ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link prefetch={false} href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full bg-gradient-to-r from-[#5e3c99] to-[#e66101]" />
          Stance Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1 text-sm font-medium">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  prefetch={false}
                  href={item.href}
                  className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              {session?.user ? (
                <Link prefetch={false} href="/me" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                  {session.user.name || "Your account"}
                </Link>
              ) : (
                <Link prefetch={false} href="/sign-in" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                  Sign in
                </Link>
              )}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
