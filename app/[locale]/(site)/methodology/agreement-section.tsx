import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { MIN_SHARED_TOPICS } from "@/server/services/government-agreement";
import { MethodSection } from "./method-section";

/** How agreement between governments, bloc membership and cohesion are measured. */
export function AgreementSection() {
  const t = useTranslations("agreement");
  const tMethod = useTranslations("methodology.agreement");
  return (
    <MethodSection id="agreement">
      <p className="text-slate-700">{t("explained")}</p>
      <p className="text-slate-700">
        {tMethod.rich("closest", {
          minShared: MIN_SHARED_TOPICS,
          blocs: (chunks) => (
            <Link href="/blocs" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </MethodSection>
  );
}
