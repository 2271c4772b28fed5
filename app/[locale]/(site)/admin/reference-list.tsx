import { useTranslations } from "next-intl";
import { type FieldSpec, ReferenceForm, type ReferenceKind, RetireButton } from "./reference-form";

export type ReferenceItem = {
  slug: string;
  retired: boolean;
  summary: React.ReactNode;
  values: Record<string, string>;
  extra?: React.ReactNode;
  below?: React.ReactNode;
};

/** An admin list of topics, events or blocs: a "New …" form on top, then each item folded with its edit form and retire button. */
export function ReferenceList({
  kind,
  label,
  fields,
  items,
}: {
  kind: ReferenceKind;
  label: string;
  fields: FieldSpec[];
  items: ReferenceItem[];
}) {
  const t = useTranslations("admin.reference");
  const empty = Object.fromEntries(fields.map((f) => [f.name, f.options?.[0]?.value ?? ""]));
  return (
    <>
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t("new", { kind })}</summary>
        <div className="mt-3">
          <ReferenceForm kind={kind} fields={fields} initial={empty} />
        </div>
      </details>
      <ul className="space-y-3" aria-label={label}>
        {items.map((item) => (
          <li key={item.slug} className="rounded-lg border border-slate-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                {item.summary}
                {item.retired && (
                  <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold">{t("retired")}</span>
                )}
              </summary>
              <div className="mt-3 space-y-3">
                <ReferenceForm kind={kind} fields={fields} initial={item.values} originalSlug={item.slug} />
                <div className="flex items-center gap-3">
                  <RetireButton kind={kind} slug={item.slug} retired={item.retired} />
                  {item.extra}
                </div>
                {item.below}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
