import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** A page for something that does not exist (or a malformed key) is the 404 page, not an error. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
