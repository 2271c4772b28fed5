"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import Link from "@/app/_components/link";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";

type Preview = {
  version: number;
  positions: number;
  previous: number | null;
  added: number;
  changed: number;
  withdrawn: number;
};

/** Publish the next release: what it would hold and change, and a note saying what it is. */
export function PublishReleaseForm({ preview }: { preview: Preview }) {
  const t = useTranslations("admin.releases.form");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [note, setNote] = useState("");
  const publish = useMutation(
    trpc.releases.publish.mutationOptions({
      onSuccess: () => {
        setNote("");
        router.refresh();
      },
    }),
  );
  const { fieldErrors, formError } = mutationErrors(publish.error);
  const nothingNew = preview.previous !== null && preview.added + preview.changed + preview.withdrawn === 0;
  const published = publish.data?.version;
  return (
    <form
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        publish.mutate({ note });
      }}
    >
      <p>
        {preview.previous === null
          ? t("previewFirst", { version: preview.version, positions: preview.positions })
          : t("preview", {
              version: preview.version,
              positions: preview.positions,
              previous: preview.previous,
              added: preview.added,
              changed: preview.changed,
              withdrawn: preview.withdrawn,
            })}
      </p>
      <FormErrors state={{ fieldErrors, formError }} />
      <Field id={`${id}-note`} label={t("note")} error={fieldErrors.note} hint={t("noteHint")}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={inputClass(fieldErrors.note)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={publish.isPending || nothingNew}>
          {t("publish", { version: preview.version })}
        </button>
        {nothingNew && preview.previous !== null && (
          <span className="text-sm text-slate-600">{t("nothingNew", { previous: preview.previous })}</span>
        )}
        {published !== undefined && (
          <span role="status" className="text-sm text-emerald-800">
            {t.rich("published", {
              version: published,
              release: (chunks) => (
                <Link href={`/data/releases/${published}`} className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        )}
      </div>
    </form>
  );
}
