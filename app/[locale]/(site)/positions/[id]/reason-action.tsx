"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

/** `seenRevisionId`: the position's current version on this page; if another change lands first, the server refuses. */
type Props =
  | { kind: "revert"; revisionId: number; seenRevisionId: number }
  | { kind: "withdraw"; positionId: number; seenRevisionId: number }
  | { kind: "contest"; positionId: number }
  | { kind: "uncontest"; positionId: number }
  | { kind: "hideReply"; replyId: number };

/** A moderator's revert, withdrawal, contested mark or hidden reply: asks for a reason (a contest's public note), then acts. */
export function ReasonAction(props: Props) {
  const t = useTranslations("positionActions");
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const done = {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  };
  const revert = useMutation(trpc.moderation.revert.mutationOptions(done));
  const withdraw = useMutation(trpc.moderation.withdrawPosition.mutationOptions(done));
  const contest = useMutation(trpc.flags.contest.mutationOptions(done));
  const uncontest = useMutation(trpc.flags.clearContest.mutationOptions(done));
  const hideReply = useMutation(trpc.replies.hide.mutationOptions(done));
  const mutation = { revert, withdraw, contest, uncontest, hideReply }[props.kind];

  if (!open) {
    return (
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
        {t(`${props.kind}.open`)}
      </button>
    );
  }
  return (
    <ReasonForm
      confirm={t(`${props.kind}.confirm`)}
      hint={t(`${props.kind}.hint`)}
      pending={mutation.isPending}
      reasonError={mutation.error?.data?.fieldErrors?.reason?.[0] ?? mutation.error?.data?.fieldErrors?.note?.[0]}
      error={mutation.error?.data?.fieldErrors ? undefined : mutation.error?.message}
      onSubmit={(reason) => {
        if (props.kind === "revert")
          revert.mutate({ revisionId: props.revisionId, seenRevisionId: props.seenRevisionId, reason });
        else if (props.kind === "withdraw")
          withdraw.mutate({ positionId: props.positionId, seenRevisionId: props.seenRevisionId, reason });
        else if (props.kind === "contest") contest.mutate({ positionId: props.positionId, note: reason });
        else if (props.kind === "uncontest") uncontest.mutate({ positionId: props.positionId, reason });
        else hideReply.mutate({ replyId: props.replyId, reason });
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
