"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { type ComponentProps } from "react";
import { useLinkTarget } from "./embed-context";

/**
 * The site's link: Next's, prefetched on intent only (pointer over it, or keyboard focus on it),
 * never because it scrolled into view. A prefetch is a server render, and prefetching every
 * visible link turned one page view into dozens of renders. Inside an embed it opens a new tab.
 */
export default function Link({
  href,
  onPointerEnter,
  onFocus,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  const router = useRouter();
  const newTab = useLinkTarget();
  const prefetch = () => {
    if (typeof href === "string" && href.startsWith("/") && !href.startsWith("/api/")) router.prefetch(href);
  };
  return (
    <NextLink
      {...newTab}
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}
