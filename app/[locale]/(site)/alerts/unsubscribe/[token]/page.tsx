import type { Metadata } from "next";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { unsubscribeAction } from "./actions";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** `/alerts/unsubscribe/[token]`: the link in every alert email. A GET changes nothing (link scanners open it); the button does. */
export default async function UnsubscribePage({
  params,
  searchParams,
}: PageProps<"/[locale]/alerts/unsubscribe/[token]">) {
  await pageLocale(params);
  await connection();
  const [{ token }, query] = await Promise.all([params, searchParams]);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold tracking-tight">Stop alert emails</h1>
      {query.done ? (
        <p role="status">
          Done: Stance Atlas will send you no more alert emails. You can turn them on again on your watchlist page.
        </p>
      ) : query.invalid ? (
        <p role="alert">This unsubscribe link is not valid. Sign in and change your alerts on your watchlist page.</p>
      ) : (
        <form action={unsubscribeAction.bind(null, token)}>
          <p className="mb-3 text-slate-700">
            Turn off every alert email for this account: the daily digest and, for moderators, proposals waiting.
          </p>
          <button type="submit" className="btn-primary">
            Unsubscribe
          </button>
        </form>
      )}
      <p className="text-sm">
        <Link className="underline" href="/me/watchlist">
          Your watchlist and alerts
        </Link>
      </p>
    </div>
  );
}
