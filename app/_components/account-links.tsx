"use client";

import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type SessionUser = { name?: string | null; role?: string };

async function fetchSessionUser(): Promise<SessionUser | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
  if (!response.ok) return null;
  const session = (await response.json()) as { user?: SessionUser } | null;
  return session?.user ?? null;
}

/**
 * The signed-in part of the header, asked of the server by the browser: pages are the same for
 * everyone, so they can be cached, and this island fills in the account. Asked again on every
 * navigation, so signing in or out shows at once.
 */
export function AccountLinks() {
  const t = useTranslations("account");
  const pathname = usePathname();
  // The answer for this page: signing in or out moves to another page, and an answer given on the
  // page before would show the account as it was (a placeholder shows until this page's arrives).
  const [answer, setAnswer] = useState<{ pathname: string; user: SessionUser | null } | null>(null);
  useEffect(() => {
    let live = true;
    const settle = (user: SessionUser | null) => live && setAnswer({ pathname, user });
    fetchSessionUser().then(settle, () => settle(null));
    return () => {
      live = false;
    };
  }, [pathname]);
  if (answer?.pathname !== pathname) return <li aria-hidden="true" className="w-20" />;
  const { user } = answer;
  const role = user?.role;
  return (
    <>
      {(role === "moderator" || role === "admin") && (
        <li>
          <Link href="/moderation" className="nav-link">
            {t("moderation")}
          </Link>
        </li>
      )}
      {role === "admin" && (
        <li>
          <Link href="/admin" className="nav-link">
            {t("admin")}
          </Link>
        </li>
      )}
      <li>
        {user ? (
          <Link href="/me" className="nav-link">
            {user.name || t("yourAccount")}
          </Link>
        ) : (
          <Link href="/sign-in" className="nav-link">
            {t("signIn")}
          </Link>
        )}
      </li>
    </>
  );
}
