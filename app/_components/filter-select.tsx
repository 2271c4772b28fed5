import { useTranslations } from "next-intl";

/** One labelled select of a GET filter form: "All" (empty) plus the given [value, text] options. */
export function FilterSelect({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
  all?: string;
}) {
  const t = useTranslations("common");
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="field max-w-64">
        <option value="">{all ?? t("all")}</option>
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
