import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as oidc from 'openid-client';
import { z } from 'zod';
import { DomainError } from '../../platform/errors.js';
import type { AppDeps } from '../../platform/http/route-kit.js';
import { setSessionCookie } from './auth-routes.js';
import { loginWithOidc, soleOrganizationName } from './services/auth.js';

const FLOW_COOKIE = 'agilepa_oidc';

/**
 * Single sign-on through OpenID Connect (Keycloak, Azure AD, a SPID/CIE OIDC gateway), when
 * OIDC_ISSUER is set. The identity provider proves who the person is; the local account with
 * the same username (claim OIDC_USERNAME_CLAIM) says what they may do.
 */
export function oidcRoutes(deps: AppDeps) {
  const settings = deps.config.oidc;
  const authDeps = { engine: deps.engine, clock: deps.clock, sessionTtlMinutes: deps.config.sessionTtlMinutes };
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
    r.get('/auth/providers', { schema: { tags: ['Accesso'], summary: 'Modi di accesso, e il nome dell’ente quando l’installazione ne serve uno solo', response: { 200: z.object({ local: z.boolean(), oidc: z.boolean(), organizationName: z.string().nullable() }) } } }, async () => ({
      local: true,
      oidc: Boolean(settings),
      organizationName: await soleOrganizationName(deps.engine),
    }));

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
      const session = await loginWithOidc(authDeps, username, process.env.OIDC_ORGANIZATION, req.id);
      reply.clearCookie(FLOW_COOKIE, { path: '/api/v1/auth/oidc' });
      setSessionCookie(deps, reply, session.cookieValue);
      return reply.redirect('/');
    });
  };
}
