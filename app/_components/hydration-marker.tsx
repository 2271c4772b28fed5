"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`). Cached pages arrive
 * before their JavaScript does; what is typed into a form before hydration is lost, so the
 * end-to-end tests wait for this mark after each page load, as a person waits for a page to settle.
 * A client island inside a Suspense boundary hydrates later and marks itself (`data-island`).
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
