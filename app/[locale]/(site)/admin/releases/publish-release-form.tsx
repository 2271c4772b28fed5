"use client";

import { useMutation } from "@tanstack/react-query";
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
        Release {preview.version} would hold {preview.positions} approved positions.{" "}
        {preview.previous === null
          ? "It is the first release."
          : `Since release ${preview.previous}: ${preview.added} added, ${preview.changed} changed, ${preview.withdrawn} withdrawn.`}
      </p>
      <FormErrors state={{ fieldErrors, formError }} />
      <Field
        id={`${id}-note`}
        label="Note"
        error={fieldErrors.note}
        hint="What this release is, in a sentence: it is shown with the release and in its citation page."
      >
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
          Publish release {preview.version}
        </button>
        {nothingNew && (
          <span className="text-sm text-slate-600">Nothing has changed since release {preview.previous}.</span>
        )}
        {publish.data && (
          <span role="status" className="text-sm text-emerald-800">
            Published{" "}
            <Link href={`/data/releases/${publish.data.version}`} className="underline">
              release {publish.data.version}
            </Link>
            .
          </span>
        )}
      </div>
    </form>
  );
}
