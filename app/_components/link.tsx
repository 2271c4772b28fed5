"use client";

import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { type ComponentProps, type MouseEvent } from "react";
import { isPageHref, localizeHref } from "@/server/i18n/locales";
import { useLinkTarget } from "./embed-context";

/** What a click on a link is the browser's to do: a new tab or window, a download, another site, a modifier key. */
function browserHandles(event: MouseEvent<HTMLAnchorElement>): boolean {
  const link = event.currentTarget;
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (Boolean(link.target) && link.target !== "_self") ||
    link.hasAttribute("download") ||
    link.origin !== window.location.origin
  );
}

/**
 * The site's link: an `<a>` whose click goes through Next's router (no reload: the page's new part is rendered,
 * the rest stays), prefetched on intent only (pointer over it, or keyboard focus on it), never because it
 * scrolled into view. A prefetch is a server render, and prefetching every visible link turned one page view into
 * dozens of renders. Inside an embed it opens a new tab. A page's address is written in the page's language
 * (`/governments/EGY` on an Arabic page goes to `/ar/governments/EGY`). Not next/link: what it adds over the
 * router (viewport prefetching, link status, the pages router's options) is 3.5 kB of every page's JavaScript.
 */
export default function Link({
  href,
  onClick,
  onPointerEnter,
  onFocus,
  ...props
}: ComponentProps<"a"> & { href: string }) {
  const router = useRouter();
  const newTab = useLinkTarget();
  const locale = useLocale();
  const localHref = localizeHref(locale, href);
  const page = isPageHref(localHref);
  const prefetch = () => {
    if (page) router.prefetch(localHref);
  };
  return (
    <a
      {...newTab}
      {...props}
      href={localHref}
      onClick={(event) => {
        onClick?.(event);
        if (!page || browserHandles(event)) return;
        event.preventDefault();
        router.push(localHref);
      }}
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
