import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/app/_components/field";
import { isLocale, type Locale } from "@/server/i18n/locales";
import { LanguageOptions } from "./language-options";

/** The language a contributor writes in (one of the six): stored with the text, so pages mark it with its `lang`. */
export function WrittenInField({
  value,
  error,
  onChange,
}: {
  value: Locale;
  error?: string;
  onChange: (value: Locale) => void;
}) {
  const t = useTranslations("forms");
  return (
    <Field id="language" label={t("writtenIn")} error={error} hint={t("writtenInHint")}>
      {(control) => (
        <select
          {...control}
          name="language"
          value={value}
          onChange={(e) => {
            if (isLocale(e.target.value)) onChange(e.target.value);
          }}
          className={inputClass(error)}
        >
          <LanguageOptions />
        </select>
      )}
    </Field>
  );
}
