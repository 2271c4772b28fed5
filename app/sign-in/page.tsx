import type { Metadata } from "next";
import Link from "next/link";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { AuthForm } from "../_components/auth-form";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", description: "Sign in to contribute positions to Stance Atlas." };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <AuthForm mode="sign-in" action={signInAction} callbackUrl={next} />
      <p className="text-sm text-slate-700">
        No account yet?{" "}
        <Link className="underline" href={`/sign-up?callbackUrl=${encodeURIComponent(next)}`}>
          Create one
        </Link>
      </p>
    </div>
  );
}
