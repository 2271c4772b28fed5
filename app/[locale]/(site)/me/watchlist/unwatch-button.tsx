"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type WatchKind } from "@/db/enums";
import { useTRPC } from "@/app/_trpc/client";

/** Takes one item off the watchlist. */
export function UnwatchButton({ kind, target, name }: { kind: WatchKind; target: string; name: string }) {
  const t = useTranslations("me.watchlist");
  const trpc = useTRPC();
  const router = useRouter();
  const unwatch = useMutation(trpc.watches.set.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <button
      type="button"
      className="btn-secondary"
      aria-label={t("unwatchLabel", { name })}
      disabled={unwatch.isPending}
      onClick={() => unwatch.mutate({ kind, target, watching: false })}
    >
      {t("unwatch")}
    </button>
  );
}
