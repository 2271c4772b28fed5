import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { signInMethods } from "@/server/auth/providers";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { AuthForm } from "@/app/_components/auth-form";
import { signInAction } from "./actions";
import { OtherSignInMethods } from "./other-methods";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Sign in", description: "Sign in to contribute positions to Stance Atlas." };

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  await pageLocale(params);
  const { callbackUrl, error } = await searchParams;
  const next = safeCallbackPath(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          Signing in did not work. Try again, or use another way to sign in.
        </p>
      )}
      <AuthForm mode="sign-in" action={signInAction} callbackUrl={next} />
      <OtherSignInMethods methods={signInMethods()} callbackUrl={next} />
      <p className="text-sm text-slate-700">
        No account yet?{" "}
        <Link className="underline" href={`/sign-up?callbackUrl=${encodeURIComponent(next)}`}>
          Create one
        </Link>
      </p>
    </div>
  );
}
