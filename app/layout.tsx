import type { Metadata } from "next";
import { HydrationMarker } from "./_components/hydration-marker";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stance Atlas — where governments stand on Internet governance", template: "%s · Stance Atlas" },
  description:
    "Track where each government stands, topic by topic and over time, on multistakeholder versus intergovernmental Internet governance — with the sources for every position.",
  openGraph: { siteName: "Stance Atlas", type: "website" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <HydrationMarker />
      </body>
    </html>
  );
}
