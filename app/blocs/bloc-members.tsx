import Link from "@/app/_components/link";
import { type BlocMember } from "@/server/services/blocs";
import { formatDate } from "@/server/shared/dates";
import { StatedOn } from "../_components/stated-on";

/** Members (or former members), each period with the date it began and ended and the source of each. */
export function BlocMembers({ members, label }: { members: BlocMember[]; label: string }) {
  return (
    <ul className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
      {members.map((m) => (
        <li key={m.iso3} className="text-sm">
          <Link href={`/governments/${m.iso3}`} className="font-medium hover:underline">
            {m.name}
          </Link>
          <ul className="text-slate-700">
            {m.periods.map((p) => (
              <li key={p.joinedOn}>
                From{" "}
                <a href={p.sourceUrl} rel="noopener noreferrer" className="underline">
                  <StatedOn date={p.joinedOn} precision={p.joinedPrecision} />
                </a>
                {p.leftOn && (
                  <>
                    {" "}
                    · left on{" "}
                    <a href={p.leftSourceUrl ?? p.sourceUrl} rel="noopener noreferrer" className="underline">
                      {formatDate(p.leftOn)}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
