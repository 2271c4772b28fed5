import { ClientMessages } from "@/app/_components/client-messages";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { pageLocale } from "@/server/i18n/page-locale";

// Signed-in work (forms, reviews) calls tRPC from the browser; reader pages do not load its client. Admin's forms
// and buttons read their words (and the shared form parts' and dates') from the one provider here.
export default async function Layout({ children, params }: LayoutProps<"/[locale]/admin">) {
  await pageLocale(params);
  return (
    <TRPCReactProvider>
      <ClientMessages namespaces={["admin", "forms", "common", "dates"]}>{children}</ClientMessages>
    </TRPCReactProvider>
  );
}
