"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorText } from "@/app/_components/error-messages";

/** Takes back a pending proposal, after asking. */
export function WithdrawButton({ revisionId, what }: { revisionId: number; what: string }) {
  const t = useTranslations("me.contributions");
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.contributions.withdraw.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="btn-secondary"
        disabled={withdraw.isPending}
        aria-label={t("withdrawLabel", { what })}
        onClick={() => {
          if (window.confirm(t("withdrawConfirm", { what }))) withdraw.mutate({ revisionId });
        }}
      >
        {t("withdraw")}
      </button>
      {withdraw.isError && (
        <span role="alert" className="text-sm text-red-700">
          <ErrorText message={withdraw.error.message} />
        </span>
      )}
    </span>
  );
}
