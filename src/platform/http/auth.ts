import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../actor.js';
import type { Clock } from '../clock.js';
import type { Ctx } from '../context.js';
import type { Engine } from '../db/engine.js';
import { DomainError } from '../errors.js';
import { actorOfSession, SESSION_COOKIE } from '../auth/sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes allowed without a session (and so without a CSRF token to check). */
const OPEN_WRITES = new Set(['/api/v1/auth/login', '/api/v1/auth/logout']);

/**
 * Resolves the session cookie to an Actor on every API request, and checks the CSRF token
 * (header X-CSRF-Token, given at sign-in and by /me) on every cookie-authenticated write.
 */
export function registerAuthentication(app: FastifyInstance, engine: Engine, clock: Clock) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const found = await actorOfSession(engine.db, cookie, clock.now());
    if (!found) return;
    request.actor = found.actor;
    request.csrfToken = found.csrfToken;
    const path = request.url.split('?')[0]!;
    if (UNSAFE.has(request.method) && !OPEN_WRITES.has(path) && request.headers['x-csrf-token'] !== found.csrfToken) {
      throw new DomainError('CSRF_INVALID', 'Token anti-CSRF mancante o non valido: ricarica la pagina e riprova');
    }
  });
}

export interface ContextFactory {
  engine: Engine;
  clock: Clock;
}

/** The use-case context of a signed-in request; 401 otherwise. */
export function ctxOf(request: FastifyRequest, deps: ContextFactory): Ctx {
  if (!request.actor) throw new DomainError('UNAUTHENTICATED', 'Accesso richiesto: effettua il login');
  return { organizationId: request.actor.organizationId, actor: request.actor, clock: deps.clock, engine: deps.engine, requestId: request.id };
}
