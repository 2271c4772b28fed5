import type { Metadata } from "next";
import { HydrationMarker } from "./_components/hydration-marker";
import { siteUrl } from "@/server/shared/site-url";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: "Stance Atlas — where governments stand on Internet governance", template: "%s · Stance Atlas" },
  description:
    "Track where each government stands, topic by topic and over time, on multistakeholder versus intergovernmental Internet governance — with the sources for every position.",
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
