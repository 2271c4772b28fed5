"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { CopyButton } from "@/app/_components/copy-button";
import { useTRPC } from "@/app/_trpc/client";

/** The private feed: make an address (shown once: only its hash is kept), replace it, or turn it off. */
export function FeedControls({ on }: { on: boolean }) {
  const t = useTranslations("me.feed");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.watches.newFeedToken.mutationOptions());
  const revoke = useMutation(
    trpc.watches.revokeFeed.mutationOptions({
      onSuccess: () => {
        create.reset();
        router.refresh();
      },
    }),
  );
  // Shown only after a click, so the page's own origin is the one the reader uses; in the page's language.
  const lang = locale === "en" ? "" : `?lang=${locale}`;
  const url = create.data ? `${window.location.origin}/feeds/watchlist/${create.data.token}${lang}` : null;
  return (
    <div className="space-y-3">
      {url ? (
        <div role="status" className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
          <p className="font-semibold">{t("address")}</p>
          <p>
            <code className="break-all">{url}</code>
          </p>
          <CopyButton text={url} label={t("copy")} />
        </div>
      ) : (
        <p className="text-sm text-slate-700">{on ? t("on") : t("none")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" disabled={create.isPending} onClick={() => create.mutate()}>
          {on || url ? t("makeNew") : t("make")}
        </button>
        {(on || url) && (
          <button type="button" className="btn-secondary" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            {t("turnOff")}
          </button>
        )}
      </div>
    </div>
  );
}
