/**
 * The one error type domain code throws. The HTTP layer turns it into RFC 9457 problem details;
 * `code` is stable and machine-readable, `message` is for people.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { errors?: FieldError[]; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra;
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found`);

export const invalid = (path: string, message: string) =>
  new AppError(422, 'invalid_field', message, { errors: [{ path, message }] });
