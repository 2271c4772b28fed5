import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useStoredText } from "./use-stored-text";

/** "From the records: UN General Assembly resolution 73/27 …; … 73/266 …": the public records a dataset position was coded from. */
export function RecordLinks({
  records,
  className,
}: {
  records: { slug: string; title: string }[];
  className?: string;
}) {
  const t = useTranslations("cell");
  const stored = useStoredText();
  if (!records.length) return null;
  return (
    <p className={className}>
      {t("fromRecords", { count: records.length })}:{" "}
      {records.map((record, i) => (
        <span key={record.slug}>
          {i > 0 && "; "}
          <Link href={`/records/${record.slug}`} className="underline" {...stored}>
            {record.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
