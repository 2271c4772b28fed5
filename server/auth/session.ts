import "server-only";
import { cache } from "react";
import { auth } from "./auth";

/**
 * The session behind this request, read once per server render: the header, the page, its
 * role check and every tRPC call it makes share one lookup of the account.
 */
export const currentSession = cache(() => auth());
