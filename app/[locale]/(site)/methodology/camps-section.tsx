import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { CAMP_THRESHOLD, MIN_TOPICS } from "@/server/shared/camps/camp-rule";
import { MethodSection } from "./method-section";

/** The camp rule (/camps): what places a government in a camp, why those thresholds, and what it is not. */
export function CampsSection() {
  const t = useTranslations("methodology.camps");
  const values = { low: `−${CAMP_THRESHOLD}`, high: `+${CAMP_THRESHOLD}`, min: MIN_TOPICS };
  return (
    <MethodSection id="camps">
      <p className="text-slate-700">
        {t.rich("rule", {
          ...values,
          camps: (chunks) => (
            <Link href="/camps" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="text-slate-700">{t("why", values)}</p>
      <p className="text-slate-700">{t("notIdealPoint", values)}</p>
      <p className="text-slate-700">{t("time")}</p>
    </MethodSection>
  );
}
