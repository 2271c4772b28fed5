import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { periodEnd } from "@/server/shared/stated-on";
import { useDates } from "@/app/_components/use-dates";
import { type ProposalValues } from "./proposal-values";

export type Submitted = {
  positionId: number;
  mergedIntoExisting: boolean;
  status: "pending" | "approved";
  unpatrolled: boolean;
  values: ProposalValues;
};

/** What became of a sent proposal: published or waiting for review, merged into an existing position or not. */
export function SubmittedNotice({ submitted, onAnother }: { submitted: Submitted; onAnother: () => void }) {
  const t = useTranslations("contribute.submitted");
  const { statedOn } = useDates();
  const { government, statedOn: date, datePrecision } = submitted.values;
  return (
    <section role="status" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5">
      <h2 className="text-xl font-semibold">{t("title", { status: submitted.status })}</h2>
      {submitted.mergedIntoExisting && (
        <p>{t("merged", { government, date: statedOn(periodEnd(date, datePrecision), datePrecision) })}</p>
      )}
      <p>{submitted.unpatrolled ? t("patrol") : submitted.status === "approved" ? t("selfApproved") : t("review")}</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/me" className="btn-primary">
          {t("seeContributions")}
        </Link>
        <button type="button" className="btn-secondary" onClick={onAnother}>
          {t("another")}
        </button>
      </div>
    </section>
  );
}
