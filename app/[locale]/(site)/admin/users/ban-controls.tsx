"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReasonForm } from "@/app/_components/reason-form";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorText } from "@/app/_components/error-messages";

type Props = { userId: string; name: string; bannedAt: string | null; banReason: string | null; self: boolean };

/** Ban (with a required reason, kept in the audit log) or unban one account. */
export function BanControls({ userId, name, bannedAt, banReason, self }: Props) {
  const t = useTranslations("admin.users.ban");
  const { day } = useDates();
  const stored = useStoredText();
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const done = {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  };
  const ban = useMutation(trpc.adminUsers.ban.mutationOptions(done));
  const unban = useMutation(trpc.adminUsers.unban.mutationOptions(done));

  if (bannedAt) {
    return (
      <div className="space-y-1">
        <p className="font-medium text-red-800">{t("banned", { date: day(bannedAt.slice(0, 10)) })}</p>
        <p className="text-slate-700" {...stored}>
          {banReason}
        </p>
        <button
          type="button"
          className="btn-secondary"
          aria-label={t("unbanLabel", { name })}
          disabled={unban.isPending}
          onClick={() => unban.mutate({ userId })}
        >
          {t("unban")}
        </button>
        {unban.error && (
          <p role="alert" className="text-red-700">
            <ErrorText message={unban.error.message} />
          </p>
        )}
      </div>
    );
  }
  if (self) return <p className="text-slate-600">{t("active")}</p>;
  return (
    <div className="space-y-2">
      <p className="text-slate-600">{t("active")}</p>
      {!open ? (
        <button
          type="button"
          className="btn-secondary"
          aria-label={t("banLabel", { name })}
          onClick={() => setOpen(true)}
        >
          {t("ban")}
        </button>
      ) : (
        <ReasonForm
          confirm={t("confirm")}
          hint={t("hint")}
          pending={ban.isPending}
          reasonError={ban.error?.data?.fieldErrors?.reason?.[0]}
          error={ban.error?.message}
          onSubmit={(reason) => ban.mutate({ userId, reason })}
          onCancel={() => setOpen(false)}
        />
      )}
    </div>
  );
}
