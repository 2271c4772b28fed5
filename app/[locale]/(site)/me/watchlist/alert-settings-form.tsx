"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { type AlertSettings } from "@/server/services/alerts";

type Props = { settings: AlertSettings; moderator: boolean };

/** The reader's email alerts: a daily digest of what they watch; for moderators, new proposals waiting. */
export function AlertSettingsForm({ settings, moderator }: Props) {
  const t = useTranslations("me.alerts");
  const trpc = useTRPC();
  const [values, setValues] = useState(settings);
  const save = useMutation(trpc.alerts.save.mutationOptions());
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(values);
      }}
    >
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={values.dailyDigest}
          onChange={(e) => setValues((v) => ({ ...v, dailyDigest: e.target.checked }))}
        />
        {t("digest")}
      </label>
      {moderator && (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={values.proposalsWaiting}
            onChange={(e) => setValues((v) => ({ ...v, proposalsWaiting: e.target.checked }))}
          />
          {t("proposalsWaiting")}
        </label>
      )}
      <button type="submit" className="btn-secondary" disabled={save.isPending}>
        {t("save")}
      </button>
      {save.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {t("saved")}
        </p>
      )}
      {save.error && (
        <p role="alert" className="text-sm text-red-700">
          {save.error.message}
        </p>
      )}
    </form>
  );
}
