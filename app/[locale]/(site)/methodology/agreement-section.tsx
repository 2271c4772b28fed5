import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { MIN_SHARED_TOPICS } from "@/server/services/government-agreement";
import { section } from "./sections";

/** How agreement between governments, bloc membership and cohesion are measured. */
export function AgreementSection() {
  const t = useTranslations("agreement");
  return (
    <PageSection {...section("agreement")}>
      <p className="text-slate-700">{t("explained")}</p>
      <p className="text-slate-700">
        A government&apos;s page lists the five governments closest to it and the five furthest, as of today, among
        those sharing at least {MIN_SHARED_TOPICS} topics with it. A bloc&apos;s members on a date are those that had
        joined by then and not yet left (a member counts up to the day before the day it left; a joining known only by
        its year counts from 31 December). Its cohesion on a topic is the share of its members with a position that are
        on the majority side. Every membership period cites its source; a list we could not complete is marked partial
        on its{" "}
        <Link href="/blocs" className="underline">
          bloc&apos;s page
        </Link>
        .
      </p>
    </PageSection>
  );
}
