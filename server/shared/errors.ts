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

/** Nobody is signed in (or the session has ended). */
export class UnauthorizedError extends Error {
  override name = "UnauthorizedError";
}

/** Signed in, but this account may not do that (role too low, banned, or not the owner). */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** Bad input that belongs to one field of a form (a government that does not exist): shown next to that field. */
export class FieldError extends BadInputError {
  override name = "FieldError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
