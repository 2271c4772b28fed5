"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { formatDate } from "@/server/shared/dates";
import { useTRPC } from "../../_trpc/client";

type Props = { userId: string; name: string; bannedAt: string | null; banReason: string | null; self: boolean };

/** Ban (with a required reason, kept in the audit log) or unban one account. */
export function BanControls({ userId, name, bannedAt, banReason, self }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const done = { onSuccess: () => { setOpen(false); setReason(""); router.refresh(); } };
  const ban = useMutation(trpc.adminUsers.ban.mutationOptions(done));
  const unban = useMutation(trpc.adminUsers.unban.mutationOptions(done));
  const error = ban.error ?? unban.error;

  if (bannedAt) {
    return (
      <div className="space-y-1">
        <p className="font-medium text-red-800">Banned {formatDate(bannedAt.slice(0, 10))}</p>
        <p className="text-slate-700">{banReason}</p>
        <button type="button" className="btn-secondary" aria-label={`Unban ${name}`} disabled={unban.isPending} onClick={() => unban.mutate({ userId })}>
          Unban
        </button>
        {error && <p role="alert" className="text-red-700">{error.message}</p>}
      </div>
    );
  }
  if (self) return <p className="text-slate-600">Active</p>;
  return (
    <div className="space-y-2">
      <p className="text-slate-600">Active</p>
      {!open ? (
        <button type="button" className="btn-secondary" aria-label={`Ban ${name}`} onClick={() => setOpen(true)}>
          Ban
        </button>
      ) : (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            ban.mutate({ userId, reason });
          }}
        >
          <label htmlFor={reasonId} className="block font-medium">
            Reason
          </label>
          <textarea
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            className="field w-full"
            aria-invalid={ban.error ? true : undefined}
            aria-describedby={ban.error ? `${reasonId}-error` : undefined}
          />
          {error && (
            <p id={`${reasonId}-error`} role="alert" className="text-red-700">
              {error.data?.fieldErrors?.reason?.[0] ?? error.message}
            </p>
          )}
          <div className="flex gap-2">
            <button type="submit" className="btn-primary" disabled={ban.isPending}>
              Confirm ban
            </button>
            <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
