"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { type DatePrecision, type EvidenceKind } from "@/db/enums";
import { QUOTE_MAX, SUMMARY_MAX, SUMMARY_MIN } from "@/server/schemas/proposals";
import { type PositionEnd } from "@/server/shared/revision-fields";
import type { TopicSummary } from "@/server/services/topics";
import { Field, inputClass } from "@/app/_components/field";
import { FormErrors } from "@/app/_components/form-field";
import { WrittenInField } from "@/app/_components/written-in-field";
import { type Locale } from "@/server/i18n/locales";
import { useTRPC } from "@/app/_trpc/client";
import { ConflictNotice, type CurrentVersion } from "./conflict-notice";
import { EndFields } from "./end-fields";
import { EvidenceField } from "./evidence-field";
import {
  type Choices,
  type FieldErrors,
  type ProposalValues,
  serverFieldErrors,
  toProposal,
  topicSlug,
} from "./proposal-values";
import { SourceFields } from "./source-fields";
import { StanceField } from "./stance-field";
import { type Submitted, SubmittedNotice } from "./submitted-notice";
import { type EventChoice, WhenFields } from "./when-fields";

type Editing = {
  id: number;
  currentRevisionId: number;
  governmentName: string;
  topic: string;
  topicTitle: string;
  stance: ProposalValues["stance"];
  evidence: EvidenceKind;
  statedOn: string;
  datePrecision: DatePrecision;
  event: string | null;
  summary: string;
  quote: string | null;
  sources: string[];
  end: PositionEnd | null;
  language: Locale;
};

type Props = {
  governments: Choices["governments"];
  topics: TopicSummary[];
  events: EventChoice[];
  editing: Editing | null;
  prefill: { government?: string; topic?: string };
  today: string;
};

/** The form's first values: the position's when editing; else empty, written in the page's language. */
function initialValues({ editing, prefill, governments, topics }: Props, pageLocale: Locale): ProposalValues {
  if (editing) {
    const { stance, evidence, statedOn, datePrecision, summary, sources, end } = editing;
    return {
      government: editing.governmentName,
      topic: editing.topicTitle,
      stance,
      evidence,
      statedOn,
      datePrecision,
      event: editing.event ?? "",
      summary,
      sources,
      quote: editing.quote ?? "",
      language: editing.language,
      endedOn: end?.on ?? "",
      endNote: end?.note ?? "",
      endSource: end?.source ?? "",
    };
  }
  const government = governments.find((g) => g.iso3 === prefill.government?.toUpperCase())?.name ?? "";
  const topic = topics.find((t) => t.slug === prefill.topic)?.title ?? "";
  return {
    government,
    topic,
    stance: "",
    evidence: "statement",
    statedOn: "",
    datePrecision: "day",
    event: "",
    summary: "",
    sources: [""],
    quote: "",
    language: pageLocale,
    endedOn: "",
    endNote: "",
    endSource: "",
  };
}

/** The position form: new positions and edits. Checks everything before sending; keeps every character on any error. */
export function ProposalForm(props: Props) {
  const { governments, topics, events, editing, today } = props;
  const t = useTranslations("contribute");
  const pageLocale = useLocale();
  const trpc = useTRPC();
  const propose = useMutation(trpc.contributions.propose.mutationOptions());
  const [values, setValues] = useState<ProposalValues>(() => initialValues(props, pageLocale));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [base, setBase] = useState(editing?.currentRevisionId ?? 0);
  const [conflict, setConflict] = useState<CurrentVersion | null>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);

  // Editing a field clears its message; the others stay until the next submit.
  const set = <K extends keyof ProposalValues>(key: K, value: ProposalValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([field]) => field !== key && !field.startsWith(`${key}.`))),
    );
  };
  const topic = topics.find((t) => t.slug === topicSlug(values.topic, topics));
  const eventName = (slug: string | null) => (slug ? (events.find((e) => e.slug === slug)?.name ?? slug) : "—");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = toProposal(
      values,
      { governments, topics },
      editing && { positionId: editing.id, baseRevisionId: base },
      (field, typed) => (field === "government" ? t("unknownGovernment", { typed }) : t("unknownTopic", { typed })),
    );
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await propose.mutateAsync(input);
      setConflict(null);
      setSubmitted({ ...result, values });
    } catch (error) {
      if (!(error instanceof TRPCClientError)) throw error;
      const data = (error as TRPCClientError<AppRouter>).data;
      if (data?.conflict) setConflict(data.conflict);
      const fieldErrors = serverFieldErrors(data?.fieldErrors);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(data?.conflict ? t("conflictError") : error.message);
    }
  }

  if (submitted)
    return (
      <SubmittedNotice
        submitted={submitted}
        onAnother={() => {
          setSubmitted(null);
          setValues(initialValues({ ...props, editing: null }, pageLocale));
        }}
      />
    );

  return (
    <form onSubmit={submit} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
      <FormErrors state={{ fieldErrors: errors, formError }} />
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          mine={values}
          eventName={eventName}
          onRebase={() => {
            setBase(conflict.currentRevisionId);
            setConflict(null);
            setFormError(undefined);
          }}
        />
      )}
      {editing && <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">{t("editKeeps")}</p>}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="government" label={t("government")} error={errors.government} hint={t("governmentHint")}>
          {(control) => (
            <input
              {...control}
              list="government-options"
              autoComplete="off"
              readOnly={Boolean(editing)}
              value={values.government}
              onChange={(e) => set("government", e.target.value)}
              className={inputClass(errors.government)}
            />
          )}
        </Field>
        <datalist id="government-options">
          {governments.map((g) => (
            <option key={g.iso3} value={g.name} />
          ))}
        </datalist>
        <Field id="topic" label={t("topic")} error={errors.topic} hint={t("topicHint")}>
          {(control) => (
            <input
              {...control}
              list="topic-options"
              autoComplete="off"
              readOnly={Boolean(editing)}
              value={values.topic}
              onChange={(e) => set("topic", e.target.value)}
              className={inputClass(errors.topic)}
            />
          )}
        </Field>
        <datalist id="topic-options">
          {topics.map((t) => (
            <option key={t.slug} value={t.title} />
          ))}
        </datalist>
      </div>
      <StanceField
        value={values.stance}
        topic={topic}
        error={errors.stance}
        onChange={(stance) => set("stance", stance)}
      />
      <EvidenceField
        value={values.evidence}
        error={errors.evidence}
        onChange={(evidence) => set("evidence", evidence)}
      />
      <WhenFields
        values={values}
        errors={errors}
        events={events}
        editing={Boolean(editing)}
        today={today}
        onChange={set}
        onEventChange={(slug, next) =>
          setValues((v) => ({
            ...v,
            event: slug,
            statedOn: next && !v.statedOn && !editing ? next.startDate : v.statedOn,
          }))
        }
      />
      <Field
        id="summary"
        label={t("summary")}
        error={errors.summary}
        hint={t("summaryHint", { min: SUMMARY_MIN, max: SUMMARY_MAX, count: values.summary.trim().length })}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            lang={values.language}
            dir="auto"
            value={values.summary}
            onChange={(e) => set("summary", e.target.value)}
            className={inputClass(errors.summary)}
          />
        )}
      </Field>
      <SourceFields sources={values.sources} errors={errors} onChange={(sources) => set("sources", sources)} />
      <Field id="quote" label={t("quote")} error={errors.quote} hint={t("quoteHint", { max: QUOTE_MAX })}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            lang={values.language}
            dir="auto"
            value={values.quote}
            onChange={(e) => set("quote", e.target.value)}
            className={inputClass(errors.quote)}
          />
        )}
      </Field>
      <WrittenInField
        value={values.language}
        error={errors.language}
        onChange={(language) => set("language", language)}
      />
      <EndFields values={values} errors={errors} today={today} onChange={set} />
      <button
        type="submit"
        disabled={propose.isPending}
        className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {propose.isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
