import { type Period } from "@/server/services/blocs";
import { formatDate } from "@/server/shared/dates";
import { StatedOn } from "./stated-on";

/** "from 1 Jan 1973 · left on 31 Jan 2020": each date links to the source that gives it. */
export function MembershipPeriod({ period }: { period: Period }) {
  return (
    <>
      from{" "}
      <a href={period.sourceUrl} rel="noopener noreferrer" className="underline">
        <StatedOn date={period.joinedOn} precision={period.joinedPrecision} />
      </a>
      {period.leftOn && (
        <>
          {" "}
          · left on{" "}
          <a href={period.leftSourceUrl ?? period.sourceUrl} rel="noopener noreferrer" className="underline">
            {formatDate(period.leftOn)}
          </a>
        </>
      )}
    </>
  );
}
