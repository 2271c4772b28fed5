"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import Link from "@/app/_components/link";
import { type WatchKind } from "@/db/enums";

type Props = { kind: WatchKind; target: string; name: string };
type State = "loading" | "signed-out" | "watching" | "not-watching" | "error";

const procedure = (name: string) => `/api/trpc/watches.${name}`;

/** tRPC's answer `{"result":{"data":true}}`. */
const watchingIn = (body: unknown) =>
  typeof body === "object" &&
  body !== null &&
  "result" in body &&
  typeof body.result === "object" &&
  body.result !== null &&
  "data" in body.result &&
  body.result.data === true;

async function watchStatus(kind: WatchKind, target: string): Promise<State> {
  const response = await fetch(`${procedure("status")}?input=${encodeURIComponent(JSON.stringify({ kind, target }))}`, {
    cache: "no-store",
    credentials: "same-origin",
  });
  // Read the body whatever the status: an unread one keeps the request open (and the page never idle).
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) return "signed-out";
  if (!response.ok) return "error";
  return watchingIn(body) ? "watching" : "not-watching";
}

/**
 * Watch / Unwatch for a government, topic or position. Reader pages are cached and the same for
 * everyone, so this island asks the server after load (the tRPC endpoint over plain fetch: no client
 * library on reader pages); signed out, Watch leads to sign-in and back.
 */
export function WatchToggle({ kind, target, name }: Props) {
  const t = useTranslations("watch");
  const pathname = usePathname();
  const [state, setState] = useState<State>("loading");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    watchStatus(kind, target).then(
      (s) => live && setState(s),
      () => live && setState("error"),
    );
    return () => {
      live = false;
    };
  }, [kind, target]);

  if (state === "signed-out") {
    return (
      <Link
        className="btn-secondary"
        href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`}
        title={t("signIn", { name })}
      >
        {t("watch")}
      </Link>
    );
  }
  const watching = state === "watching";
  const toggle = async () => {
    setBusy(true);
    const response = await fetch(procedure("set"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind, target, watching: !watching }),
      credentials: "same-origin",
    }).catch(() => null);
    await response?.text().catch(() => null);
    setState(response?.ok ? (watching ? "not-watching" : "watching") : "error");
    setBusy(false);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="btn-secondary"
        disabled={state === "loading" || busy}
        onClick={() => void toggle()}
      >
        {watching ? t("unwatch") : t("watch")}
      </button>
      {state === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {t("error")}
        </span>
      )}
    </span>
  );
}
