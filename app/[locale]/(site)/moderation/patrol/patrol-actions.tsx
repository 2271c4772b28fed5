"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

type Props = { revisionId: number; isCurrent: boolean; isNew: boolean };

/** Mark a trusted contributor's published edit patrolled, or revert it with a reason. */
export function PatrolActions({ revisionId, isCurrent, isNew }: Props) {
  const t = useTranslations("moderation.patrol");
  const trpc = useTRPC();
  const router = useRouter();
  const [reverting, setReverting] = useState(false);
  const done = { onSuccess: () => router.refresh() };
  const patrolled = useMutation(trpc.moderation.markPatrolled.mutationOptions(done));
  const revert = useMutation(trpc.moderation.revertPatrolled.mutationOptions(done));
  const busy = patrolled.isPending || revert.isPending;
  const failed = patrolled.error?.message;

  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      {reverting ? (
        <ReasonForm
          confirm={t("revert")}
          hint={t("revertHint", { kind: isNew ? "new" : "edit" })}
          pending={busy}
          reasonError={revert.error?.data?.fieldErrors?.reason?.[0]}
          error={revert.error?.data?.fieldErrors?.reason ? undefined : revert.error?.message}
          onSubmit={(reason) => revert.mutate({ revisionId, reason })}
          onCancel={() => setReverting(false)}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-primary"
            disabled={busy}
            onClick={() => patrolled.mutate({ revisionId })}
          >
            {t("markPatrolled")}
          </button>
          {isCurrent && (
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => setReverting(true)}>
              {t("revert")}
            </button>
          )}
        </div>
      )}
      {failed && (
        <p role="alert" className="text-sm text-red-700">
          {failed}
        </p>
      )}
    </div>
  );
}
