"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { type ComponentProps } from "react";

/**
 * The site's link: Next's, prefetched on intent only (pointer over it, or keyboard focus on it),
 * never because it scrolled into view. A prefetch is a server render, and prefetching every
 * visible link turned one page view into dozens of renders.
 */
export default function Link({ href, onPointerEnter, onFocus, ...props }: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  const router = useRouter();
  const prefetch = () => {
    if (typeof href === "string" && href.startsWith("/") && !href.startsWith("/api/")) router.prefetch(href);
  };
  return (
    <NextLink
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
