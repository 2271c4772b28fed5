import { TRPCReactProvider } from "@/app/_trpc/client";
import { pageLocale } from "@/server/i18n/page-locale";

// Signed-in work (forms, reviews) calls tRPC from the browser; reader pages do not load its client.
export default async function Layout({ children, params }: LayoutProps<"/[locale]/admin">) {
  await pageLocale(params);
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
