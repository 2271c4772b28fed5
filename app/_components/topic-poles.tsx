import { useTranslations } from "next-intl";
import { type Poles } from "@/server/shared/stance-meaning";
import { useWrittenIn } from "./use-stored-text";

/** What the multistakeholder and the intergovernmental pole mean for one topic. */
export function TopicPoles({ topic, className = "grid gap-2 text-sm" }: { topic: Poles; className?: string }) {
  const t = useTranslations("common.poles");
  const storedText = useWrittenIn()(topic.lang);
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
