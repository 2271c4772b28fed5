"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

/** Ends a representative's link, with a reason kept in the audit log. */
export function RevokeButton({ representativeId, name }: { representativeId: number; name: string }) {
  const t = useTranslations("admin.representatives.revoke");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const revoke = useMutation(trpc.replies.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  if (!open) {
    return (
      <button type="button" className="btn-secondary" aria-label={t("label", { name })} onClick={() => setOpen(true)}>
        {t("button")}
      </button>
    );
  }
  return (
    <ReasonForm
      confirm={t("button")}
      hint={t("hint")}
      pending={revoke.isPending}
      reasonError={revoke.error?.data?.fieldErrors?.reason?.[0]}
      error={revoke.error?.data?.fieldErrors ? undefined : revoke.error?.message}
      onSubmit={(reason) => revoke.mutate({ representativeId, reason })}
      onCancel={() => setOpen(false)}
    />
  );
}
