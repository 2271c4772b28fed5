import { db } from "@/db/server-db";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { MATRIX_DEPENDS_ON } from "@/app/[locale]/(site)/matrix/matrix-defaults";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { dependsOn } from "@/server/cache/depends-on";
import { matrixPreview } from "@/app/og/matrix/matrix-preview";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";

// A matrix view's preview image (`/og/matrix?…`, rewritten here like the page: view-routes.ts).

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/og/matrix/view/[today]/[search]">) {
  const { today, search } = await params;
  await dependsOn(...MATRIX_DEPENDS_ON);
  return orNotFoundAnswer(() =>
    matrixPreview(db(), loadMatrixParams(new URLSearchParams(searchFromKey(search))), dayFromKey(today)),
  );
}
