import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, statusOf, type FieldError } from '../errors.js';

const TITLES: Record<number, string> = {
  400: 'Richiesta non valida',
  401: 'Accesso richiesto',
  403: 'Operazione non consentita',
  404: 'Risorsa non trovata',
  409: 'Conflitto',
  413: 'Richiesta troppo grande',
  415: 'Formato non supportato',
  422: 'Regola non rispettata',
  429: 'Troppe richieste',
  500: 'Errore interno',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  field?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, code: string, detail: string, more: Partial<Problem> = {}) {
  const body: Problem = {
    type: `urn:agile-pa:problem:${code.toLowerCase()}`,
    title: TITLES[status] ?? 'Errore',
    status,
    code,
    detail,
    instance: `urn:agile-pa:request:${request.id}`,
    ...more,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').serializer(JSON.stringify).send(body);
}

type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

function fieldErrors(issues: readonly Issue[], prefix?: string): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys?.length)
      return issue.keys.map((k) => ({ field: [prefix, base, k].filter(Boolean).join('.'), detail: `Campo non previsto: "${k}"` }));
    return [{ field: [prefix, base].filter(Boolean).join('.') || (prefix ?? 'body'), detail: issue.message }];
  });
}

const SCOPE_NAMES: Record<string, string> = { body: 'corpo', querystring: 'parametri', params: 'percorso', headers: 'intestazioni' };

/** One Fastify error handler: every failure becomes application/problem+json, never a stack trace. */
export function registerProblemHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(request, reply, statusOf(error.code), error.code, error.detail, {
        ...(error.field ? { field: error.field } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error.extra ?? {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const scope = error.validationContext ?? 'body';
      const errors = fieldErrors(
        error.validation.map((v) => ({
          path: (v.instancePath || '').split('/').filter(Boolean),
          message: v.message ?? 'Valore non valido',
          code: v.keyword,
          keys: (v.params as { keys?: string[] }).keys,
        })),
        scope === 'body' ? undefined : scope,
      );
      const detail = `Dati non validi (${SCOPE_NAMES[scope] ?? scope}): ${errors.map((e) => `${e.field} — ${e.detail}`).join('; ')}`;
      return sendProblem(request, reply, 400, 'VALIDATION_FAILED', detail, { errors });
    }
    if (error instanceof z.ZodError) {
      const errors = fieldErrors(error.issues as Issue[]);
      return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `Dati non validi: ${errors.map((e) => `${e.field} — ${e.detail}`).join('; ')}`, { errors });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 413, 'PAYLOAD_TOO_LARGE', 'Il corpo della richiesta supera la dimensione massima consentita');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, 415, 'UNSUPPORTED_MEDIA_TYPE', `Formato non supportato: ${request.headers['content-type'] ?? 'nessuno'}`);
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(request, reply, 400, 'BAD_REQUEST', 'Il corpo della richiesta non è un JSON valido');
    }
    if (error.statusCode === 429) return sendProblem(request, reply, 429, 'TOO_MANY_REQUESTS', 'Troppi tentativi: riprova tra un minuto');
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)) {
      return sendProblem(request, reply, error.statusCode ?? 400, 'BAD_REQUEST', 'Richiesta non valida');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'INTERNAL_ERROR', 'Si è verificato un errore interno. Il problema è stato registrato.');
  });
}
