"use client";

import { createContext, useContext } from "react";

// Whether a component is inside an embed: there the site's links open the full site in a new tab
// rather than inside the frame, and what only makes sense on the site (the Embed button) is left out.

const EmbedContext = createContext(false);

/** Marks everything below as inside an embed. */
export function InEmbed({ children }: { children: React.ReactNode }) {
  return <EmbedContext.Provider value={true}>{children}</EmbedContext.Provider>;
}

export const useInEmbed = () => useContext(EmbedContext);

/** The target and rel a site link takes here: a new tab inside an embed, none elsewhere. */
export function useLinkTarget(): { target?: "_blank"; rel?: string } {
  return useInEmbed() ? { target: "_blank", rel: "noopener" } : {};
}
