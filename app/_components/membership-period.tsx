import { useTranslations } from "next-intl";
import { type Period } from "@/server/services/blocs";
import { StatedOn } from "./stated-on";
import { useDates } from "./use-dates";

/** "from 1 Jan 1973 · left on 31 Jan 2020": each date links to the source that gives it. */
export function MembershipPeriod({ period }: { period: Period }) {
  const t = useTranslations("common.membership");
  const { day } = useDates();
  return t.rich(period.leftOn ? "periodLeft" : "period", {
    joined: () => (
      <a href={period.sourceUrl} rel="noopener noreferrer" className="underline">
        <StatedOn date={period.joinedOn} precision={period.joinedPrecision} />
      </a>
    ),
    left: () =>
      period.leftOn && (
        <a href={period.leftSourceUrl ?? period.sourceUrl} rel="noopener noreferrer" className="underline">
          {day(period.leftOn)}
        </a>
      ),
  });
}
