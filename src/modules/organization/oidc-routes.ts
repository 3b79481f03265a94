import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as oidc from 'openid-client';
import { z } from 'zod';
import { systemActor } from '../../platform/actor.js';
import { audit } from '../../platform/audit.js';
import { openSession } from '../../platform/auth/sessions.js';
import { DomainError } from '../../platform/errors.js';
import type { AppDeps } from '../../platform/http/route-kit.js';
import { setSessionCookie } from './auth-routes.js';
import { listOrganizations } from './repositories/organizations.js';
import { findUsersByUsername } from './repositories/users.js';

const FLOW_COOKIE = 'agilepa_oidc';

/**
 * Single sign-on through OpenID Connect (Keycloak, Azure AD, a SPID/CIE OIDC gateway), when
 * OIDC_ISSUER is set. The identity provider proves who the person is; the local account with
 * the same username (claim OIDC_USERNAME_CLAIM) says what they may do.
 */
export function oidcRoutes(deps: AppDeps) {
  const settings = deps.config.oidc;
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    if (!settings) throw new DomainError('NOT_FOUND', 'Accesso unico (OIDC) non configurato');
    discovered ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, settings.issuer.startsWith('http://') ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };

  return async function (app: FastifyInstance) {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/auth/providers', { schema: { tags: ['Accesso'], response: { 200: z.object({ local: z.boolean(), oidc: z.boolean() }) } } }, async () => ({ local: true, oidc: Boolean(settings) }));

    r.get('/auth/oidc', { schema: { tags: ['Accesso'], summary: 'Avvia l’accesso unico (redirect all’identity provider)' } }, async (_req, reply) => {
      const config = await configuration();
      const verifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings!.redirectUri,
        scope: settings!.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      });
      reply.setCookie(FLOW_COOKIE, `${state}.${verifier}`, { path: '/api/v1/auth/oidc', httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies, maxAge: 600 });
      return reply.redirect(url.href);
    });

    r.get('/auth/oidc/callback', { schema: { tags: ['Accesso'], summary: 'Ritorno dall’identity provider' } }, async (req, reply) => {
      const config = await configuration();
      const [state, verifier] = (req.cookies[FLOW_COOKIE] ?? '').split('.');
      if (!state || !verifier) throw new DomainError('UNAUTHENTICATED', 'Sessione di accesso unico scaduta: riprova');
      const current = new URL(req.url, settings!.redirectUri);
      let claims: oidc.IDToken | undefined;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, current, { pkceCodeVerifier: verifier, expectedState: state });
        claims = tokens.claims();
      } catch {
        throw new DomainError('UNAUTHENTICATED', 'L’identity provider non ha confermato l’accesso');
      }
      const username = String(claims?.[settings!.usernameClaim] ?? '');
      const organizations = await listOrganizations(deps.engine.db);
      const wanted = process.env.OIDC_ORGANIZATION;
      const candidates = (await findUsersByUsername(deps.engine.db, username)).filter(
        (u) => u.active && (!wanted || organizations.some((o) => o.organizationId === u.organizationId && o.fiscalCode === wanted)),
      );
      if (candidates.length !== 1) throw new DomainError('FORBIDDEN', `Nessun account Agile PA abilitato per "${username}"`);
      const user = candidates[0]!;
      const session = await deps.engine.db.transaction(async (tx) => {
        const opened = await openSession(tx, user.organizationId, user.id, deps.clock.now(), deps.config.sessionTtlMinutes);
        const actor = { ...systemActor(user.organizationId, 'oidc'), userId: user.id, username: user.username };
        await audit(tx, { organizationId: user.organizationId, actor, clock: deps.clock, engine: deps.engine, requestId: req.id }, { action: 'user.signed_in', entity: 'user', entityId: user.id, reason: 'oidc' });
        return opened;
      });
      reply.clearCookie(FLOW_COOKIE, { path: '/api/v1/auth/oidc' });
      setSessionCookie(deps, reply, session.cookieValue, session.expiresAt);
      return reply.redirect('/');
    });
  };
}
