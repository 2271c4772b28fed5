"use server";

import { redirect } from "next/navigation";
import { db } from "@/db/server-db";
import { getLocale } from "next-intl/server";
import { localizeHref } from "@/server/i18n/locales";
import { NotFoundError } from "@/server/shared/errors";
import { unsubscribe } from "@/server/services/alerts";

/** The unsubscribe page's button: turns the token's alerts off, then says so (or that the link is not valid), in the page's language. */
export async function unsubscribeAction(token: string): Promise<void> {
  const outcome = await unsubscribe(db(), token).then(
    () => "done",
    (error: unknown) => {
      if (error instanceof NotFoundError) return "invalid";
      throw error;
    },
  );
  redirect(localizeHref(await getLocale(), `/alerts/unsubscribe/${encodeURIComponent(token)}?${outcome}=1`));
}
