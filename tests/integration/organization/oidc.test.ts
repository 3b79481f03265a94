import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/platform/auth/passwords.js';
import { fixedClock } from '../../../src/platform/clock.js';
import { loadConfig } from '../../../src/platform/config.js';
import type { Engine } from '../../../src/platform/db/engine.js';
import { insertOrganization } from '../../../src/modules/organization/repositories/organizations.js';
import { insertUser } from '../../../src/modules/organization/repositories/users.js';
import { buildApp } from '../../../src/server.js';
import { testEngine } from '../../fixtures/engine.js';
import { FakeOidcProvider } from '../../fixtures/fake-oidc.js';

let provider: FakeOidcProvider;
let engine: Engine;
let app: FastifyInstance;

beforeAll(async () => {
  provider = await new FakeOidcProvider().start();
  engine = await testEngine();
  const org = await insertOrganization(engine.db, { name: 'Comune SSO', type: 'comune', fiscalCode: '80012345678', patronDay: null });
  await insertUser(engine.db, org.organizationId, { username: 'mario.rossi', passwordHash: await hashPassword('x'.repeat(12)), employeeId: null, roles: ['hr'] });
  const config = loadConfig({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_REDIRECT_URI: 'http://localhost:3000/api/v1/auth/oidc/callback' });
  app = await buildApp({ config: { ...config, webDir: '/nonexistent' }, engine, clock: fixedClock('2026-11-23') });
});
afterAll(async () => {
  await app.close();
  await engine.close();
  await provider.stop();
});

async function signOn(username: string) {
  const start = await app.inject({ url: '/api/v1/auth/oidc' });
  expect(start.statusCode).toBe(302);
  const flow = start.cookies.find((c) => c.name === 'agilepa_oidc')!;
  const back = provider.authorize(start.headers.location as string, username);
  return app.inject({ url: `/api/v1/auth/oidc/callback?${back}`, headers: { cookie: `agilepa_oidc=${flow.value}` } });
}

describe('single sign-on through OpenID Connect', () => {
  it('says the provider is configured, so the sign-in page shows the button', async () => {
    expect((await app.inject({ url: '/api/v1/auth/providers' })).json()).toEqual({ local: true, oidc: true, organizationName: 'Comune SSO' });
  });

  it('sends the browser to the provider with PKCE and a state', async () => {
    const start = await app.inject({ url: '/api/v1/auth/oidc' });
    const url = new URL(start.headers.location as string);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('client_id')).toBe('agile-pa');
  });

  it('opens a session for the local account with the provider’s username, with its roles', async () => {
    const res = await signOn('mario.rossi');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const session = res.cookies.find((c) => c.name === 'agilepa_session')!;
    const me = await app.inject({ url: '/api/v1/me', headers: { cookie: `agilepa_session=${session.value}` } });
    expect(me.json().user).toMatchObject({ username: 'mario.rossi', roles: ['hr'] });
  });

  it('refuses a person the provider knows but Agile PA has no account for', async () => {
    const res = await signOn('sconosciuto');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect(res.cookies.find((c) => c.name === 'agilepa_session')).toBeUndefined();
  });

  it('refuses a callback without the flow cookie', async () => {
    const res = await app.inject({ url: '/api/v1/auth/oidc/callback?code=x&state=y' });
    expect(res.statusCode).toBe(401);
  });
});
