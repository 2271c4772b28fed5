import type { Metadata } from "next";
import { connection } from "next/server";
import { hasRole } from "@/server/auth/access";
import { optionalActor } from "@/server/auth/page-actor";
import { db } from "@/db/server-db";
import { representationOf } from "@/server/services/replies";
import { PositionDetails, positionMetadata, type PositionViewer } from "./position-details";
import { pageLocale } from "@/server/i18n/page-locale";

// A position's page for signed-in readers, rendered per request (a moderator's differs);
// anonymous readers get the cached render (./view/page.tsx).

async function viewer(params: Promise<{ id: string }>): Promise<PositionViewer> {
  await connection();
  const actor = await optionalActor();
  const representing = actor ? ((await representationOf(db(), actor.id))?.iso3 ?? null) : null;
  return { idParam: (await params).id, moderator: actor !== null && hasRole(actor.role, "moderator"), representing };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/positions/[id]">): Promise<Metadata> {
  return positionMetadata(await viewer(params));
}

export default async function SignedInPositionPage({ params }: PageProps<"/[locale]/positions/[id]">) {
  await pageLocale(params);
  return <PositionDetails {...await viewer(params)} />;
}
