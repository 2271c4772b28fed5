import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type Messages } from "@/server/i18n/messages";

type Props = { namespaces: readonly (keyof Messages)[]; children: React.ReactNode };

/**
 * The words one page's client components read, and no more: a provider around them with only these namespaces, in the
 * page's language (the root layout sends the few every page's chrome needs; server/i18n/messages.ts).
 */
export async function ClientMessages({ namespaces, children }: Props) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
