/**
 * One error path (DESIGN.md): the domain and services throw DomainError with a stable code,
 * an Italian detail and the field concerned; the HTTP layer maps the code to a status here.
 */
export interface FieldError {
  field: string;
  detail: string;
  row?: number;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly field?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
  }
}

const STATUS: Record<string, number> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  ORGANIZATION_REQUIRED: 400,
  IMPORT_INVALID: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_MATRICOLA: 409,
  DUPLICATE_USERNAME: 409,
  DUPLICATE_CODE: 409,
  DUPLICATE_DAY: 409,
  DESK_TAKEN: 409,
  ALREADY_BOOKED: 409,
  INVALID_STATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
};

/** Codes not listed are business-rule refusals: 422. */
export function statusOf(code: string): number {
  return STATUS[code] ?? 422;
}

export const notFound = (what: string, field?: string) => new DomainError('NOT_FOUND', `${what} non trovato`, field);
export const forbidden = (detail = 'Non hai i permessi per questa operazione') => new DomainError('FORBIDDEN', detail);
export const invalid = (field: string, detail: string) =>
  new DomainError('VALIDATION_FAILED', detail, field, [{ field, detail }]);
