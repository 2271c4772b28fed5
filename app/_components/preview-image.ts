import type { Metadata } from "next";

// A page's preview image for links (Open Graph and Twitter): 1200×630, drawn by next/og at `url`
// (app/og/, and /og/matrix through the page cache's rewrite).

type Images = Pick<Metadata, "openGraph" | "twitter">;

export function previewImage(url: string, alt: string, page: { title: string; description: string }): Images {
  const images = [{ url, width: 1200, height: 630, alt }];
  return {
    openGraph: { title: page.title, description: page.description, images },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images },
  };
}
