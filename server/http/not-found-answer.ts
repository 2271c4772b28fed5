import "server-only";
import { NotFoundError } from "@/server/shared/errors";
import { jsonError } from "./responses";

/** Draws a picture (a preview image, a map), or answers 404 for something that does not exist. */
export async function orNotFoundAnswer(draw: () => Promise<Response>): Promise<Response> {
  try {
    return await draw();
  } catch (error) {
    if (error instanceof NotFoundError) return jsonError(404, error.message);
    throw error;
  }
}
