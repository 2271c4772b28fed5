import { useTranslations } from "next-intl";
import { useStoredText } from "./use-stored-text";

/** What the multistakeholder and the intergovernmental pole mean for one topic. */
export function TopicPoles({
  topic,
  className = "grid gap-2 text-sm",
}: {
  topic: { multistakeholderPole: string; intergovernmentalPole: string };
  className?: string;
}) {
  const t = useTranslations("common.poles");
  const storedText = useStoredText();
  return (
    <dl className={className}>
      <div className="border-s-4 border-[#5e3c99] bg-white py-1 ps-3">
        <dt className="font-semibold">{t("multistakeholder")}</dt>
        <dd className="text-slate-700" {...storedText}>
          {topic.multistakeholderPole}
        </dd>
      </div>
      <div className="border-s-4 border-[#e66101] bg-white py-1 ps-3">
        <dt className="font-semibold">{t("intergovernmental")}</dt>
        <dd className="text-slate-700" {...storedText}>
          {topic.intergovernmentalPole}
        </dd>
      </div>
    </dl>
  );
}
