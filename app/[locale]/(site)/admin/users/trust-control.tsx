"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorText } from "@/app/_components/error-messages";

type Props = {
  userId: string;
  name: string;
  trusted: boolean;
  eligible: boolean;
  record: { approved: number; rejected: number };
};

/** Trust a contributor (their proposals publish at once, then wait for patrol), or take trust back. Audited. */
export function TrustControl({ userId, name, trusted, eligible, record }: Props) {
  const t = useTranslations("admin.users.trust");
  const trpc = useTRPC();
  const router = useRouter();
  const setTrusted = useMutation(trpc.adminUsers.setTrusted.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-1">
      <p className="text-slate-700">
        {t.rich("record", {
          trusted: trusted ? "yes" : "no",
          approved: record.approved,
          rejected: record.rejected,
          strong: (chunks) => <span className="font-medium text-emerald-800">{chunks}</span>,
        })}
        {eligible && (
          <span className="ms-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">
            {t("eligible")}
          </span>
        )}
      </p>
      <button
        type="button"
        className="btn-secondary"
        aria-label={t("label", { trusted: trusted ? "yes" : "no", name })}
        disabled={setTrusted.isPending}
        onClick={() => setTrusted.mutate({ userId, trusted: !trusted })}
      >
        {trusted ? t("stop") : t("trust")}
      </button>
      {setTrusted.error && (
        <p role="alert" className="text-red-700">
          <ErrorText message={setTrusted.error.message} />
        </p>
      )}
    </div>
  );
}
