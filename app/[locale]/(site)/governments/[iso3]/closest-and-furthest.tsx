"use client";

import { type z } from "zod";
import Link from "@/app/_components/link";
import { type governmentAgreementResponse } from "@/server/schemas/bloc-responses";
import { formatShare } from "@/server/shared/agreement";
import { useReadApi } from "@/app/_components/use-read-api";

type Agreement = z.infer<typeof governmentAgreementResponse>;
type Counterpart = Agreement["closest"][number];

// Loaded after the page from the read API: it changes with every government's positions, while the
// page around it changes only with this government's (so the page stays cached when others change).

function Counterparts({ iso3, label, list }: { iso3: string; label: string; list: Counterpart[] }) {
  return (
    <div>
      <h3 className="font-semibold">{label}</h3>
      {list.length === 0 ? (
        <p className="text-sm text-slate-600">None yet.</p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {list.map((p) => (
            <li key={p.b} className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/compare?governments=${iso3},${p.b}`} className="underline">
                {p.name}
              </Link>
              <span className="text-slate-600 tabular-nums">
                {formatShare(p.sameSide)} same side over {p.sharedTopics} topics · distance{" "}
                {p.distance?.toFixed(2) ?? "–"}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The five governments agreeing most and least with this one as of today, each linking to the comparison. */
export function ClosestAndFurthest({ iso3, name }: { iso3: string; name: string }) {
  const { data, loading, error } = useReadApi<Agreement>(`/api/v1/governments/${iso3}/agreement`);
  if (error)
    return (
      <p role="alert" className="text-sm text-red-800">
        The agreement could not be loaded. Check your connection and reload the page.
      </p>
    );
  if (loading || !data)
    return (
      <div
        className="h-32 animate-pulse rounded-lg bg-slate-200"
        aria-label="Loading the closest and furthest governments"
      />
    );
  if (data.closest.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {name} does not yet share {data.minSharedTopics} or more topics with any other government, so no agreement is
        scored.
      </p>
    );
  }
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <Counterparts iso3={iso3} label="Closest" list={data.closest} />
      <Counterparts iso3={iso3} label="Furthest" list={data.furthest} />
    </div>
  );
}
