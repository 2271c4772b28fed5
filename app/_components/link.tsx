"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { type ComponentProps } from "react";
import { localizeHref } from "@/server/i18n/locales";
import { useLinkTarget } from "./embed-context";

/**
 * The site's link: Next's, prefetched on intent only (pointer over it, or keyboard focus on it),
 * never because it scrolled into view. A prefetch is a server render, and prefetching every
 * visible link turned one page view into dozens of renders. Inside an embed it opens a new tab. A page's
 * address is written in the page's language (`/governments/EGY` on an Arabic page goes to `/ar/governments/EGY`).
 */
export default function Link({
  href,
  onPointerEnter,
  onFocus,
  ...props
}: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  const router = useRouter();
  const newTab = useLinkTarget();
  const locale = useLocale();
  const localHref = typeof href === "string" ? localizeHref(locale, href) : href;
  const prefetch = () => {
    if (typeof localHref === "string" && localHref.startsWith("/") && !localHref.startsWith("/api/"))
      router.prefetch(localHref);
  };
  return (
    <NextLink
      {...newTab}
      {...props}
      href={localHref}
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
