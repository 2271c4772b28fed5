"use client";

import Link from "@/app/_components/link";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLES, type Role } from "@/db/enums";
import { useTRPC } from "@/app/_trpc/client";

/** A role picker and a button to apply it; the server refuses to remove the last admin and says so. */
export function RoleControl({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [chosen, setChosen] = useState<Role>(role);
  const change = useMutation(trpc.adminUsers.setRole.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={`Role of ${name}`}
        className="field"
        value={chosen}
        onChange={(e) => setChosen(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn-secondary"
        disabled={chosen === role || change.isPending}
        onClick={() => change.mutate({ userId, role: chosen })}
      >
        Change role
      </button>
      {change.isSuccess && !change.isPending && (
        <p role="status" className="w-full text-emerald-800">
          Role changed to {change.variables?.role}.
        </p>
      )}
      {change.isError && (
        <p role="alert" className="w-full text-red-700">
          {change.error.message}{" "}
          {change.error.data?.code === "FORBIDDEN" && (
            <Link className="underline" href="/sign-in?callbackUrl=%2Fadmin%2Fusers">
              Sign in again
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
