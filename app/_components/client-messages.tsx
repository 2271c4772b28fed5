import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { errorCatalogIn } from "@/server/i18n/error-catalog";
import { ErrorMessagesProvider } from "./error-messages";
import { type Messages } from "@/server/i18n/messages";

type Props = { namespaces: readonly (keyof Messages)[]; children: React.ReactNode };

/**
 * The words one page's client components read, and no more: a provider around them with only these namespaces, in the
 * page's language (the root layout sends the few every page's chrome needs; server/i18n/messages.ts); with "forms",
 * the catalogue of form error messages in that language too.
 */
export async function ClientMessages({ namespaces, children }: Props) {
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  // Forms show their error messages in the page's language too (server/i18n/error-text.ts).
  const forms = namespaces.includes("forms") && locale !== "en";
  return (
    <NextIntlClientProvider messages={picked}>
      {forms ? <ErrorMessagesProvider catalog={errorCatalogIn(locale)}>{children}</ErrorMessagesProvider> : children}
    </NextIntlClientProvider>
  );
}
