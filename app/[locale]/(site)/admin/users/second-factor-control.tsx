"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

type Props = { userId: string; name: string; enabled: boolean; self: boolean };

/** Whether an account has a second factor; an admin can reset another's (lost phone and codes), with a reason for the audit log. */
export function SecondFactorControl({ userId, name, enabled, self }: Props) {
  const t = useTranslations("admin.users.secondFactor");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const reset = useMutation(
    trpc.adminUsers.resetSecondFactor.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );
  if (!enabled) return <p className="text-slate-600">{t("off")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-slate-600">{t("on")}</p>
      {self ? null : !open ? (
        <button
          type="button"
          className="btn-secondary"
          aria-label={t("resetLabel", { name })}
          onClick={() => setOpen(true)}
        >
          {t("reset")}
        </button>
      ) : (
        <ReasonForm
          confirm={t("confirm")}
          hint={t("hint")}
          pending={reset.isPending}
          reasonError={reset.error?.data?.fieldErrors?.reason?.[0]}
          error={reset.error?.message}
          onSubmit={(reason) => reset.mutate({ userId, reason })}
          onCancel={() => setOpen(false)}
        />
      )}
    </div>
  );
}
