// Domain errors that services throw and transports (tRPC, HTTP, CLI) map to their own codes.

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

export class ConflictError extends Error {
  override name = "ConflictError";
}

/** Well-formed input naming something that does not exist (an unknown topic): a 400, not a 404. */
export class BadInputError extends Error {
  override name = "BadInputError";
}
