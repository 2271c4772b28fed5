import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { NotAllowed } from "@/app/_components/not-allowed";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  {
    href: "/admin/users",
    title: "Users",
    description: "Find accounts, change roles, trust contributors, ban and unban.",
  },
  {
    href: "/admin/representatives",
    title: "Representatives",
    description:
      "Link an account to a government as its official representative, who may reply to its positions; revoke.",
  },
  {
    href: "/admin/audit",
    title: "Audit log",
    description: "Who approved, rejected, reverted, withdrew, imported, changed a role or banned — and why.",
  },
  {
    href: "/admin/topics",
    title: "Topics",
    description: "Create and edit topics and their two poles; retire and restore.",
  },
  {
    href: "/admin/events",
    title: "Events",
    description: "Create and edit forums and their dates; retire and restore.",
  },
  {
    href: "/admin/blocs",
    title: "Blocs",
    description: "Create and edit blocs; add and end membership periods, each with its source.",
  },
  {
    href: "/admin/releases",
    title: "Releases",
    description: "Publish a numbered, frozen release of the data for readers to download and cite.",
  },
  {
    href: "/moderation",
    title: "Moderation",
    description: "The queue of pending proposals, patrol, flags, and CSV imports.",
  },
];

export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("admin", "/admin"))) return <NotAllowed role="admin" what="administer the site" />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Administration</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-slate-400"
            >
              <span className="text-lg font-semibold">{s.title}</span>
              <span className="block text-slate-700">{s.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
