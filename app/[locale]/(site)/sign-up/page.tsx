import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { AuthForm } from "@/app/_components/auth-form";
import { signUpAction } from "./actions";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a Stance Atlas account to contribute positions.",
};

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/sign-up">) {
  await pageLocale(params);
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <p className="text-slate-700">
        Contributors propose positions with their sources; moderators review every edit before it is public.
      </p>
      <AuthForm mode="sign-up" action={signUpAction} callbackUrl={next} />
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link className="underline" href={`/sign-in?callbackUrl=${encodeURIComponent(next)}`}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
