import { db } from "@/db/server-db";
import { answerErrors } from "@/server/http/read-route";
import { unsubscribe } from "@/server/services/alerts";

/** POST /api/alerts/unsubscribe/{token}: the one-click unsubscribe a mail client sends (RFC 8058, List-Unsubscribe-Post). */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  return answerErrors(async () => {
    await unsubscribe(db(), token);
    return new Response("Unsubscribed: Stance Atlas will send you no more alerts.\n", {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  });
}
