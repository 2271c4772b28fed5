"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { WrittenInField } from "@/app/_components/written-in-field";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";
import { REPLY_MAX } from "@/server/schemas/replies";

/** A government's official representative replies to one of its positions (shown beside it, never changing its coding). */
export function ReplyForm({ positionId, government }: { positionId: number; government: string }) {
  const t = useTranslations("positionActions.reply");
  const tForms = useTranslations("forms");
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const [language, setLanguage] = useState(useLocale());
  const post = useMutation(
    trpc.replies.post.mutationOptions({
      onSuccess: () => {
        setBody("");
        setSourceUrl("");
        router.refresh();
      },
    }),
  );
  const errors = mutationErrors(post.error);
  return (
    <form
      className="space-y-3 rounded-lg border border-sky-200 bg-white p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate({ positionId, body, language, sourceUrl });
      }}
    >
      <h3 className="font-semibold">{t("heading", { government })}</h3>
      <FormErrors state={errors} />
      <Field id="reply-body" label={t("label")} error={errors.fieldErrors.body} hint={t("hint", { max: REPLY_MAX })}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang={language}
            dir="auto"
            maxLength={REPLY_MAX + 100}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className={inputClass(errors.fieldErrors.body)}
          />
        )}
      </Field>
      <WrittenInField value={language} error={errors.fieldErrors.language} onChange={setLanguage} />
      <Field id="reply-source" label={tForms("optional", { label: t("source") })} error={errors.fieldErrors.sourceUrl}>
        {(control) => (
          <input
            {...control}
            type="url"
            value={sourceUrl}
            onChange={(e) => setSourceUrl(e.target.value)}
            className={inputClass(errors.fieldErrors.sourceUrl)}
          />
        )}
      </Field>
      <button type="submit" className="btn-primary" disabled={post.isPending}>
        {post.isPending ? t("posting") : t("post")}
      </button>
      {post.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {t("posted")}
        </p>
      )}
    </form>
  );
}
