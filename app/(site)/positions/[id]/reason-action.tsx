"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useTRPC } from "@/app/_trpc/client";

/** `seenRevisionId`: the position's current version on this page; if another change lands first, the server refuses. */
type Props = ({ kind: "revert"; revisionId: number } | { kind: "withdraw"; positionId: number }) & { seenRevisionId: number };

const TEXT = {
  revert: { open: "Revert to this version", confirm: "Revert", hint: "Why? It goes into the history and the audit log." },
  withdraw: { open: "Withdraw this position", confirm: "Withdraw", hint: "Why? The position disappears from every public view until a revert brings it back." },
};

/** A moderator's revert or withdrawal: asks for a reason, then acts. */
export function ReasonAction(props: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const done = { onSuccess: () => { setOpen(false); router.refresh(); } };
  const revert = useMutation(trpc.moderation.revert.mutationOptions(done));
  const withdraw = useMutation(trpc.moderation.withdrawPosition.mutationOptions(done));
  const mutation = props.kind === "revert" ? revert : withdraw;
  const text = TEXT[props.kind];

  if (!open) {
    return (
      <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
        {text.open}
      </button>
    );
  }
  return (
    <ReasonForm
      confirm={text.confirm}
      hint={text.hint}
      pending={mutation.isPending}
      reasonError={mutation.error?.data?.fieldErrors?.reason?.[0]}
      error={mutation.error?.message}
      onSubmit={(reason) => (props.kind === "revert" ? revert.mutate({ revisionId: props.revisionId, seenRevisionId: props.seenRevisionId, reason }) : withdraw.mutate({ positionId: props.positionId, seenRevisionId: props.seenRevisionId, reason }))}
      onCancel={() => setOpen(false)}
    />
  );
}
