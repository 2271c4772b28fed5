import { TRPCReactProvider } from "@/app/_trpc/client";

// Signed-in work (forms, reviews) calls tRPC from the browser; reader pages do not load its client.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
