import { type NextRequest } from "next/server";
import { handlers } from "@/server/auth/auth";
import { withSafeCallbackUrl } from "@/server/auth/safe-callback-request";

export const GET = (request: NextRequest) => handlers.GET(withSafeCallbackUrl(request));
export const POST = (request: NextRequest) => handlers.POST(withSafeCallbackUrl(request));
