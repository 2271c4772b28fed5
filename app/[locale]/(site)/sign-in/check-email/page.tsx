import type { Metadata } from "next";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Check your email" };

/** Where an email-link sign-in lands after the link is sent. */
export default async function CheckEmailPage({ params }: PageProps<"/[locale]/sign-in/check-email">) {
  await pageLocale(params);
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">Check your email</h1>
      <p className="text-slate-700">
        If the address can sign in here, a one-time link is on its way. It works once and expires within a day.
      </p>
    </div>
  );
}
