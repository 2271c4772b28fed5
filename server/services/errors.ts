// Domain errors that services throw and transports (tRPC, HTTP, CLI) map to their own codes.

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

export class ConflictError extends Error {
  override name = "ConflictError";
}
