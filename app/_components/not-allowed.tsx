import Link from "@/app/_components/link";

/** What a signed-in account without the needed role sees instead of a restricted page. */
export function NotAllowed({ role, what }: { role: string; what: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold tracking-tight">Not available to your account</h1>
      <p className="text-slate-700">
        Only a {role} can {what}. If you think you should have access, ask an admin.
      </p>
      <Link className="underline" href="/me">
        Back to your account
      </Link>
    </div>
  );
}
