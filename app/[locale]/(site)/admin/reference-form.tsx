"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "date" | "select";
  hint?: string;
  /** A select's choices: the value sent, and its words on the page. */
  options?: readonly { value: string; label: string }[];
};
export type ReferenceKind = "topic" | "event" | "bloc";
type Props = { kind: ReferenceKind; fields: FieldSpec[]; initial: Record<string, string>; originalSlug?: string };

/** Create or edit a topic, an event or a bloc; the server checks everything again and says what is wrong next to each field. */
export function ReferenceForm({ kind, fields, initial, originalSlug }: Props) {
  const t = useTranslations("admin.reference");
  const trpc = useTRPC();
  const router = useRouter();
  const prefix = useId();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const options = {
    onSuccess: () => {
      setSaved(true);
      if (!originalSlug) setValues(initial);
      router.refresh();
    },
  };
  const saveTopic = useMutation(trpc.referenceAdmin.saveTopic.mutationOptions(options));
  const saveEvent = useMutation(trpc.referenceAdmin.saveEvent.mutationOptions(options));
  const saveBloc = useMutation(trpc.referenceAdmin.saveBloc.mutationOptions(options));
  const save = { topic: saveTopic, event: saveEvent, bloc: saveBloc }[kind];
  const { fieldErrors, formError } = mutationErrors(save.error);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const value = (name: string) => values[name] ?? "";
    if (kind === "topic") {
      saveTopic.mutate({
        originalSlug,
        slug: value("slug"),
        title: value("title"),
        description: value("description"),
        multistakeholderPole: value("multistakeholderPole"),
        intergovernmentalPole: value("intergovernmentalPole"),
      });
    } else if (kind === "bloc") {
      saveBloc.mutate({
        originalSlug,
        slug: value("slug"),
        name: value("name"),
        description: value("description"),
        coverageNote: value("coverageNote"),
        coverage: value("coverage") === "partial" ? "partial" : "complete",
      });
    } else {
      saveEvent.mutate({
        originalSlug,
        slug: value("slug"),
        name: value("name"),
        place: value("place"),
        startDate: value("startDate"),
        endDate: value("endDate"),
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormErrors state={{ fieldErrors, formError }} />
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) => (
          <div key={f.name} className={f.type === "textarea" ? "sm:col-span-2" : undefined}>
            <Field id={`${prefix}-${f.name}`} label={f.label} error={fieldErrors[f.name]} hint={f.hint}>
              {(control) =>
                f.type === "select" ? (
                  <select
                    {...control}
                    value={values[f.name] ?? ""}
                    onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                    className={inputClass(fieldErrors[f.name])}
                  >
                    {f.options?.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : f.type === "textarea" ? (
                  <textarea
                    {...control}
                    rows={2}
                    value={values[f.name] ?? ""}
                    onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                    className={inputClass(fieldErrors[f.name])}
                  />
                ) : (
                  <input
                    {...control}
                    type={f.type ?? "text"}
                    value={values[f.name] ?? ""}
                    onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                    className={inputClass(fieldErrors[f.name])}
                  />
                )
              }
            </Field>
          </div>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-primary" disabled={save.isPending}>
          {originalSlug ? t("save") : t("create", { kind })}
        </button>
        {saved && !save.isPending && (
          <span role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </span>
        )}
      </div>
    </form>
  );
}

/** Retire (hide from pickers; nothing is deleted) or restore. */
export function RetireButton({ kind, slug, retired }: { kind: ReferenceKind; slug: string; retired: boolean }) {
  const t = useTranslations("admin.reference");
  const trpc = useTRPC();
  const router = useRouter();
  const options = { onSuccess: () => router.refresh() };
  const topic = useMutation(trpc.referenceAdmin.retireTopic.mutationOptions(options));
  const event = useMutation(trpc.referenceAdmin.retireEvent.mutationOptions(options));
  const bloc = useMutation(trpc.referenceAdmin.retireBloc.mutationOptions(options));
  const mutation = { topic, event, bloc }[kind];
  return (
    <button
      type="button"
      className="btn-secondary"
      disabled={mutation.isPending}
      onClick={() => mutation.mutate({ slug, retired: !retired })}
    >
      {retired ? t("restore") : t("retire")}
    </button>
  );
}
