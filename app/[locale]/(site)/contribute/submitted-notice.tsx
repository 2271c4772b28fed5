import Link from "@/app/_components/link";
import { formatStatedOn, periodEnd } from "@/server/shared/stated-on";
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
  return (
    <section role="status" className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-5">
      <h2 className="text-xl font-semibold">
        {submitted.status === "approved" ? "Published" : "Submitted for review"}
      </h2>
      {submitted.mergedIntoExisting && (
        <p>
          {submitted.values.government} already had a position on this topic dated{" "}
          {formatStatedOn(
            periodEnd(submitted.values.statedOn, submitted.values.datePrecision),
            submitted.values.datePrecision,
          )}
          , so your proposal was recorded as an edit of that position.
        </p>
      )}
      <p>
        {submitted.unpatrolled
          ? "As a trusted contributor, your proposal was published at once. A moderator will patrol it: mark it patrolled, or revert it."
          : submitted.status === "approved"
            ? "As a moderator, your proposal was published at once and is marked self-approved in its history and the audit log."
            : "A moderator will review it; it is not public until then. You can follow it, or withdraw it, on your account page."}
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/me" className="btn-primary">
          See your contributions
        </Link>
        <button type="button" className="btn-secondary" onClick={onAnother}>
          Contribute another position
        </button>
      </div>
    </section>
  );
}
