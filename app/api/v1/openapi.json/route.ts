import { openApiDocument } from "@/server/http/openapi";
import { preflight, publicJson } from "@/server/http/responses";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return publicJson(openApiDocument(new URL(request.url).origin), { maxAge: 3600 });
}

export const OPTIONS = preflight;
