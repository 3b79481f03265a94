/** The one way the web client talks to /api/v1: JSON in and out, problem+json turned into ApiError. */

export const API_BASE = '/api/v1';

export interface FieldProblem {
  field: string;
  detail: string;
  row?: number;
}

/** A refusal of the API (RFC 9457 problem), or a failure to reach it (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    /** The field a business rule refused (e.g. "reason"), when the problem names one. */
    readonly field?: string,
    /** Further facts of the refusal that help the user: `maximum`, `latestEndDate`, `earliestEffectiveDate`… */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${status} ${code}: ${detail}`);
    this.name = 'ApiError';
  }

  /** The first error the API gave for a field (a path like "contract.end"), if any; a rule's refusal counts for its field. */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.detail ?? (this.field === field ? this.detail : undefined);
  }

  /** Whether every reason of the refusal is tied to one of these fields (then it can be shown there alone). */
  onlyAbout(fields: readonly string[]): boolean {
    const named = [...this.errors.map((e) => e.field), ...(this.field ? [this.field] : [])];
    return named.length > 0 && named.every((f) => fields.includes(f));
  }

  /** A string fact of the refusal (e.g. "earliestEffectiveDate"), if the API gave it. */
  fact(name: string): string | undefined {
    const value = this.extra[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Remembers the anti-CSRF token given at sign-in and by /me; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API answers 401 to a signed-in page (the session expired). */
export function onSessionExpired(listener: (() => void) | null): void {
  onSignedOut = listener;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'code', 'detail', 'instance', 'field', 'errors']);

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function headersFor(method: string, contentType?: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (WRITES.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** Turns a non-2xx answer into an ApiError, reading the problem body when there is one. */
export function problemOf(status: number, bodyText: string): ApiError {
  try {
    const body = JSON.parse(bodyText) as Record<string, unknown>;
    if (typeof body.code === 'string') {
      const errors = Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [];
      const extra = Object.fromEntries(Object.entries(body).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
      return new ApiError(status, body.code, typeof body.detail === 'string' ? body.detail : '', errors, typeof body.field === 'string' ? body.field : undefined, extra);
    }
  } catch {
    // not JSON: a proxy or the network answered, not the API
  }
  return new ApiError(status, 'HTTP_ERROR', '');
}

export function reportUnauthenticated(error: ApiError, path: string): void {
  if (error.status === 401 && !path.startsWith('/auth/') && path !== '/me') onSignedOut?.();
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers: headersFor(method, hasBody ? 'application/json' : undefined),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }
  const text = await response.text();
  if (!response.ok) {
    const error = problemOf(response.status, text);
    reportUnauthenticated(error, path);
    throw error;
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
