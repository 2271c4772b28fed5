import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth/auth";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function MePage() {
  const session = await auth();
  if (!session?.user) redirect("/sign-in?callbackUrl=/me");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="font-medium text-slate-600">Display name</dt>
        <dd>{session.user.name}</dd>
        <dt className="font-medium text-slate-600">Email</dt>
        <dd>{session.user.email}</dd>
        <dt className="font-medium text-slate-600">Role</dt>
        <dd className="capitalize">{session.user.role}</dd>
      </dl>
      <form action={signOutAction}>
        <button type="submit" className="btn-secondary">
          Sign out
        </button>
      </form>
    </div>
  );
}
