import { db } from "@/db/server-db";
import { loadMatrixParams } from "@/server/shared/url-state/matrix";
import { MATRIX_DEPENDS_ON } from "@/app/[locale]/(site)/matrix/matrix-defaults";
import { cardLanguage } from "@/app/_charts/cards/card-language";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { dependsOn } from "@/server/cache/depends-on";
import { matrixPreview } from "@/app/[locale]/og/matrix/matrix-preview";
import { isLocale } from "@/server/i18n/locales";
import { jsonError } from "@/server/http/responses";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";

// A matrix view's preview image in its language (`/og/matrix?…`, `/ar/og/matrix?…`, rewritten here like the page: view-routes.ts).

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/og/matrix/view/[today]/[search]">) {
  const { locale, today, search } = await params;
  if (!isLocale(locale)) return jsonError(404, "No such language.");
  await dependsOn(...MATRIX_DEPENDS_ON);
  const state = loadMatrixParams(new URLSearchParams(searchFromKey(search)));
  return orNotFoundAnswer(async () => matrixPreview(db(), state, dayFromKey(today), await cardLanguage(locale)));
}
