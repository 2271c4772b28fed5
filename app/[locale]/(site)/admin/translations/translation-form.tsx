"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { writtenIn } from "@/app/_components/use-stored-text";
import { useTRPC } from "@/app/_trpc/client";
import { type TranslatedLocale } from "@/db/schema/translations";
import { type TranslatableRow } from "@/server/services/translation-admin";
import { mutationErrors } from "@/server/shared/form-state";

/** One topic's, event's or bloc's texts in one language, beside the English; all fields, or none (the English shows). */
export function TranslationForm({ row, locale }: { row: TranslatableRow; locale: TranslatedLocale }) {
  const t = useTranslations("admin.translations");
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = useId();
  const [fields, setFields] = useState(row.translated);
  const save = useMutation(trpc.referenceAdmin.saveTranslation.mutationOptions({ onSuccess: () => router.refresh() }));
  const { fieldErrors, formError } = mutationErrors(save.error);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ kind: row.kind, slug: row.slug, locale, fields });
      }}
    >
      <FormErrors state={{ fieldErrors, formError }} />
      {Object.entries(row.english).map(([field, english]) => (
        <Field
          key={field}
          id={`${prefix}-${field}`}
          label={t("field", { field })}
          error={fieldErrors[`fields.${field}`]}
          hint={t.rich("english", { text: () => <span {...writtenIn(locale, "en")}>{english}</span> })}
        >
          {(control) => (
            <textarea
              {...control}
              rows={english.length > 80 ? 3 : 1}
              lang={locale}
              dir="auto"
              value={fields[field] ?? ""}
              onChange={(e) => setFields((values) => ({ ...values, [field]: e.target.value }))}
              className={inputClass(fieldErrors[`fields.${field}`])}
            />
          )}
        </Field>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-primary" disabled={save.isPending}>
          {save.isPending ? t("saving") : t("save")}
        </button>
        {save.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </p>
        )}
      </div>
    </form>
  );
}
