"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { type AlertSettings } from "@/server/services/alerts";
import { LanguageOptions } from "@/app/_components/language-options";
import { isLocale } from "@/server/i18n/locales";
import { ErrorText } from "@/app/_components/error-messages";

type Props = { settings: AlertSettings; moderator: boolean };

/**
 * The reader's email alerts: a daily digest of what they watch; for moderators, new proposals waiting; the language
 * they are written in (the page's, until chosen).
 */
export function AlertSettingsForm({ settings, moderator }: Props) {
  const t = useTranslations("me.alerts");
  const id = useId();
  const trpc = useTRPC();
  const pageLocale = useLocale();
  const [values, setValues] = useState({ ...settings, locale: settings.locale ?? pageLocale });
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
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-locale`} className="text-sm font-medium">
          {t("language")}
        </label>
        <select
          id={`${id}-locale`}
          className="field w-fit"
          value={values.locale}
          onChange={(e) => {
            const locale = e.target.value;
            if (isLocale(locale)) setValues((v) => ({ ...v, locale }));
          }}
        >
          <LanguageOptions />
        </select>
      </div>
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
          <ErrorText message={save.error.message} />
        </p>
      )}
    </form>
  );
}
