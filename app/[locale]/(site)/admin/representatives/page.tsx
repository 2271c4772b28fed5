import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/server/shared/dates";
import { GrantForm } from "./grant-form";
import { RevokeButton } from "./revoke-button";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Representatives" };

/** `/admin/representatives`: official representatives of governments, who may reply to their positions. */
export default async function RepresentativesPage({ params }: PageProps<"/[locale]/admin/representatives">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("admin", "/admin/representatives")))
    return <NotAllowed role="admin" what="manage government representatives" />;
  const queryClient = getQueryClient();
  const [links, governments] = await Promise.all([
    queryClient.fetchQuery(trpc.replies.representatives.queryOptions()),
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle
        parent={{ href: "/admin", label: "Administration" }}
        current="Representatives"
        title="Government representatives"
      />
      <p className="max-w-3xl text-slate-700">
        A representative speaks for one government: they may post replies beside its positions, labelled as the
        government&apos;s reply. Replies never change the coding. Link an account only after verifying it; every link
        and revocation is audited.
      </p>
      <GrantForm governments={governments.map(({ iso3, name }) => ({ iso3, name }))} />
      {links.length === 0 ? (
        <EmptyState>No government has a representative yet.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-start text-sm">
            <caption className="sr-only">Representatives</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3">
                  Account
                </th>
                <th scope="col" className="p-3">
                  Government
                </th>
                <th scope="col" className="p-3">
                  How it was verified
                </th>
                <th scope="col" className="p-3">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-3 font-normal">
                    <span className="block font-medium">{link.name || "(no name)"}</span>
                    <span className="block text-slate-600">{link.email}</span>
                  </th>
                  <td className="p-3">{link.government.name}</td>
                  <td className="p-3">{link.verificationNote}</td>
                  <td className="p-3">
                    {link.revokedAt ? (
                      <p className="text-slate-600">
                        Revoked {formatDate(link.revokedAt.slice(0, 10))}: {link.revokeReason}
                      </p>
                    ) : (
                      <div className="space-y-2">
                        <p>Since {formatDate(link.grantedAt.slice(0, 10))}</p>
                        <RevokeButton representativeId={link.id} name={link.name || link.email} />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
