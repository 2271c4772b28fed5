"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { DATE_PRECISIONS } from "@/db/enums";
import { type ManagedPeriod } from "@/server/services/bloc-admin";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { MembershipPeriod } from "@/app/_components/membership-period";
import { mutationErrors } from "@/server/shared/form-state";
import { useTRPC } from "@/app/_trpc/client";

type Errors = ReturnType<typeof mutationErrors>;

function TextField({
  id,
  name,
  label,
  type = "text",
  hint,
  values,
  errors,
  set,
}: {
  id: string;
  name: string;
  label: string;
  type?: string;
  hint?: string;
  values: Record<string, string>;
  errors: Errors;
  set: (name: string, value: string) => void;
}) {
  return (
    <Field id={`${id}-${name}`} label={label} error={errors.fieldErrors[name]} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={values[name] ?? ""}
          onChange={(e) => set(name, e.target.value)}
          className={inputClass(errors.fieldErrors[name])}
        />
      )}
    </Field>
  );
}

/** Ends one open period: the day the government left (a member up to the day before) and the source that says so. */
function EndPeriod({ period }: { period: ManagedPeriod }) {
  const t = useTranslations("admin.blocs.membership");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const end = useMutation(trpc.referenceAdmin.endMembership.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = mutationErrors(end.error);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm underline">{t("endOf", { name: period.name })}</summary>
      <form
        noValidate
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          end.mutate({ id: period.id, leftOn: values.leftOn ?? "", leftSourceUrl: values.leftSourceUrl ?? "" });
        }}
      >
        <FormErrors state={errors} />
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField id={id} name="leftOn" label={t("leftOn")} type="date" values={values} errors={errors} set={set} />
          <TextField
            id={id}
            name="leftSourceUrl"
            label={t("source")}
            type="url"
            values={values}
            errors={errors}
            set={set}
          />
        </div>
        <button type="submit" className="btn-secondary" disabled={end.isPending}>
          {t("end")}
        </button>
      </form>
    </details>
  );
}

/** A bloc's membership periods, each with its source; open ones can be ended; a new one added with its source. */
export function MembershipEditor({ bloc, periods }: { bloc: string; periods: ManagedPeriod[] }) {
  const t = useTranslations("admin.blocs.membership");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const blank = { government: "", joinedOn: "", joinedPrecision: "day", sourceUrl: "" };
  const [values, setValues] = useState<Record<string, string>>(blank);
  const add = useMutation(
    trpc.referenceAdmin.addMembership.mutationOptions({
      onSuccess: () => {
        setValues(blank);
        router.refresh();
      },
    }),
  );
  const errors = mutationErrors(add.error);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const precision = DATE_PRECISIONS.find((p) => p === values.joinedPrecision) ?? "day";
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <h3 className="font-semibold">{t("heading", { count: periods.length })}</h3>
      <ul className="max-h-80 space-y-2 overflow-y-auto text-sm" aria-label={t("listLabel", { bloc })}>
        {periods.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-2">
            {t.rich("period", {
              iso3: p.iso3,
              name: () => <span className="font-medium">{p.name}</span>,
              period: () => <MembershipPeriod period={p} />,
            })}
            {!p.leftOn && <EndPeriod period={p} />}
          </li>
        ))}
      </ul>
      <form
        noValidate
        className="space-y-2 rounded border border-slate-200 p-3"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({
            bloc,
            government: values.government ?? "",
            joinedOn: values.joinedOn ?? "",
            joinedPrecision: precision,
            sourceUrl: values.sourceUrl ?? "",
          });
        }}
      >
        <h4 className="font-medium">{t("addHeading")}</h4>
        <FormErrors state={errors} />
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            id={id}
            name="government"
            label={t("government")}
            hint={t("governmentHint", { example: "FRA" })}
            values={values}
            errors={errors}
            set={set}
          />
          <TextField
            id={id}
            name="joinedOn"
            label={t("joinedOn")}
            type="date"
            values={values}
            errors={errors}
            set={set}
          />
          <Field
            id={`${id}-joinedPrecision`}
            label={t("precision")}
            error={errors.fieldErrors.joinedPrecision}
            hint={t("precisionHint")}
          >
            {(control) => (
              <select
                {...control}
                value={precision}
                onChange={(e) => set("joinedPrecision", e.target.value)}
                className={inputClass(errors.fieldErrors.joinedPrecision)}
              >
                {DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t("precisionOption", { precision: p })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField
            id={id}
            name="sourceUrl"
            label={t("source")}
            type="url"
            hint={t("sourceHint")}
            values={values}
            errors={errors}
            set={set}
          />
        </div>
        <button type="submit" className="btn-primary" disabled={add.isPending}>
          {t("add")}
        </button>
      </form>
    </div>
  );
}
