import Link from "@/app/_components/link";
import { type BlocMember } from "@/server/services/blocs";
import { MembershipPeriod } from "@/app/_components/membership-period";

/** Members (or former members), each period with the date it began and ended and the source of each. */
export function BlocMembers({ members, label }: { members: BlocMember[]; label: string }) {
  return (
    <ul
      className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-3"
      aria-label={label}
    >
      {members.map((m) => (
        <li key={m.iso3} className="text-sm">
          <Link href={`/governments/${m.iso3}`} className="font-medium hover:underline">
            {m.name}
          </Link>
          <ul className="text-slate-700">
            {m.periods.map((p) => (
              <li key={p.joinedOn}>
                <MembershipPeriod period={p} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
