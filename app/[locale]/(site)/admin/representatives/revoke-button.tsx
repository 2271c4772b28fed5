"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

/** Ends a representative's link, with a reason kept in the audit log. */
export function RevokeButton({ representativeId, name }: { representativeId: number; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const revoke = useMutation(trpc.replies.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  if (!open) {
    return (
      <button type="button" className="btn-secondary" aria-label={`Revoke ${name}`} onClick={() => setOpen(true)}>
        Revoke
      </button>
    );
  }
  return (
    <ReasonForm
      confirm="Revoke"
      hint="Kept in the audit log. Their replies stay; they can post no more."
      pending={revoke.isPending}
      reasonError={revoke.error?.data?.fieldErrors?.reason?.[0]}
      error={revoke.error?.data?.fieldErrors ? undefined : revoke.error?.message}
      onSubmit={(reason) => revoke.mutate({ representativeId, reason })}
      onCancel={() => setOpen(false)}
    />
  );
}
