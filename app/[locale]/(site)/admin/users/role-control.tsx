"use client";

import Link from "@/app/_components/link";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLES, type Role } from "@/db/enums";
import { useTRPC } from "@/app/_trpc/client";
import { localizeHref } from "@/server/i18n/locales";
import { ErrorText } from "@/app/_components/error-messages";

/** A role picker and a button to apply it; the server refuses to remove the last admin and says so. */
export function RoleControl({ userId, name, role }: { userId: string; name: string; role: Role }) {
  const t = useTranslations("admin.users.role");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [chosen, setChosen] = useState<Role>(role);
  const change = useMutation(trpc.adminUsers.setRole.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={t("label", { name })}
        className="field"
        value={chosen}
        onChange={(e) => setChosen(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t("name", { role: r })}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn-secondary"
        disabled={chosen === role || change.isPending}
        onClick={() => change.mutate({ userId, role: chosen })}
      >
        {t("change")}
      </button>
      {change.isSuccess && !change.isPending && (
        <p role="status" className="w-full text-emerald-800">
          {t("changed", { role: change.variables?.role ?? chosen })}
        </p>
      )}
      {change.isError && (
        <p role="alert" className="w-full text-red-700">
          <ErrorText message={change.error.message} />{" "}
          {change.error.data?.code === "FORBIDDEN" && (
            <Link
              className="underline"
              href={`/sign-in?callbackUrl=${encodeURIComponent(localizeHref(locale, "/admin/users"))}`}
            >
              {t("signInAgain")}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
