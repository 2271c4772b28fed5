import { type RevisionContent } from "@/server/shared/revision-fields";
import { StanceBadge } from "../(site)/matrix/stance-badge";
import { EvidenceBadge } from "./evidence-badge";
import { StatedOn } from "./stated-on";

/** A position's stance, evidence kind, date and event, as terms of a description list (the caller supplies the <dl>). */
export function PositionFacts({ content, eventName }: { content: Pick<RevisionContent, "stance" | "evidence" | "statedOn" | "datePrecision" | "event">; eventName: string }) {
  return (
    <>
      <dt className="font-medium text-slate-600">Stance</dt>
      <dd>
        <StanceBadge stance={content.stance} />
      </dd>
      <dt className="font-medium text-slate-600">Evidence</dt>
      <dd>
        <EvidenceBadge evidence={content.evidence} link />
      </dd>
      <dt className="font-medium text-slate-600">Date stated</dt>
      <dd>
        <StatedOn date={content.statedOn} precision={content.datePrecision} />
        {content.datePrecision !== "day" && <span className="text-slate-600"> ({content.datePrecision} only)</span>}
      </dd>
      <dt className="font-medium text-slate-600">Event</dt>
      <dd>{eventName}</dd>
    </>
  );
}
