import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthOut, loginBody, meOut } from '../../contracts/auth.js';
import { ok } from '../../contracts/common.js';
import { SESSION_COOKIE } from '../../platform/auth/sessions.js';
import { DomainError } from '../../platform/errors.js';
import { problems, type AppDeps } from '../../platform/http/route-kit.js';
import { login, logout, whoAmI } from './services/auth.js';

/** Max-Age, not Expires: the browser counts from its own clock, so a fixed APP_NOW cannot expire the cookie at once. */
export function setSessionCookie(deps: AppDeps, reply: FastifyReply, value: string) {
  reply.setCookie(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies, maxAge: deps.config.sessionTtlMinutes * 60 });
}

export function authRoutes(deps: AppDeps) {
  const authDeps = { engine: deps.engine, clock: deps.clock, sessionTtlMinutes: deps.config.sessionTtlMinutes };
  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/health', { schema: { tags: ['Sistema'], response: { 200: healthOut } } }, async () => {
      await deps.engine.query('SELECT 1');
      return { status: 'ok' as const, database: deps.engine.kind };
    });

    r.post(
      '/auth/login',
      {
        config: {
          rateLimit: {
            hook: 'preHandler',
            max: deps.config.loginRateLimit.max,
            timeWindow: deps.config.loginRateLimit.windowMs,
            keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
          },
        },
        schema: { tags: ['Accesso'], summary: 'Accesso con credenziali locali', body: loginBody, response: { 200: meOut, ...problems(429) } },
      },
      async (req, reply) => {
        const session = await login(authDeps, req.body, req.id);
        setSessionCookie(deps, reply, session.cookieValue);
        return whoAmI(authDeps, { organizationId: session.user.organizationId, userId: session.user.id, username: session.user.username, roles: session.user.roles as never, employeeId: session.user.employeeId }, session.csrfToken);
      },
    );

    r.post('/auth/logout', { schema: { tags: ['Accesso'], response: { 200: ok } } }, async (req, reply) => {
      await logout(authDeps, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    });

    r.get('/me', { schema: { tags: ['Accesso'], summary: 'Chi sono', response: { 200: meOut, ...problems() } } }, (req) => {
      if (!req.actor || !req.csrfToken) throw new DomainError('UNAUTHENTICATED', 'Accesso richiesto: effettua il login');
      return whoAmI(authDeps, req.actor, req.csrfToken);
    });
  };
}
