"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";

type Props = {
  userId: string;
  name: string;
  trusted: boolean;
  eligible: boolean;
  record: { approved: number; rejected: number };
};

/** Trust a contributor (their proposals publish at once, then wait for patrol), or take trust back. Audited. */
export function TrustControl({ userId, name, trusted, eligible, record }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const setTrusted = useMutation(trpc.adminUsers.setTrusted.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-1">
      <p className="text-slate-700">
        {trusted ? <span className="font-medium text-emerald-800">Trusted</span> : "Not trusted"} · {record.approved}{" "}
        approved, {record.rejected} rejected
        {eligible && (
          <span className="ms-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">
            Eligible for trust
          </span>
        )}
      </p>
      <button
        type="button"
        className="btn-secondary"
        aria-label={`${trusted ? "Stop trusting" : "Trust"} ${name}`}
        disabled={setTrusted.isPending}
        onClick={() => setTrusted.mutate({ userId, trusted: !trusted })}
      >
        {trusted ? "Stop trusting" : "Trust"}
      </button>
      {setTrusted.error && (
        <p role="alert" className="text-red-700">
          {setTrusted.error.message}
        </p>
      )}
    </div>
  );
}
