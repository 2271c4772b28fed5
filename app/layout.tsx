import type { Metadata } from "next";
import { HydrationMarker } from "./_components/hydration-marker";
import { siteUrl } from "@/server/shared/site-url";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: "Stance Atlas — where governments stand on Internet governance", template: "%s · Stance Atlas" },
  description:
    "Where governments stand on multistakeholder versus intergovernmental Internet governance, topic by topic and over time, from what they said, how they voted, what they signed and what they tabled — with the source of every position.",
  openGraph: { siteName: "Stance Atlas", type: "website" },
  twitter: { card: "summary_large_image" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        {children}
        <HydrationMarker />
      </body>
    </html>
  );
}
