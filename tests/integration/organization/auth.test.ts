import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World, PASSWORD } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

describe('sign in, sessions and CSRF', () => {
  it('answers health with the engine in use', async () => {
    const res = await w.app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite' });
  });

  it('signs in with the right password and sets an HttpOnly SameSite session cookie', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'manager', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'agilepa_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.maxAge).toBe(480 * 60);
    expect(res.json()).toMatchObject({ user: { username: 'manager', roles: ['manager'] }, employee: { lastName: 'Verdi' }, organization: { name: 'Comune di Prova' } });
  });

  it('refuses a wrong password and an unknown user alike, in Italian', async () => {
    for (const payload of [{ username: 'manager', password: 'sbagliata' }, { username: 'nessuno', password: PASSWORD }]) {
      const res = await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'Nome utente o password non corretti' });
    }
  });

  it('tells who is signed in, and 401 when nobody is', async () => {
    const me = await w.as('employee', { url: '/api/v1/me' });
    expect(me.json()).toMatchObject({ user: { username: 'employee' }, employee: { lastName: 'Esposito', unitName: 'Unità A1' } });
    const anonymous = await w.app.inject({ url: '/api/v1/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('UNAUTHENTICATED');
  });

  it('refuses a write without the CSRF token of the session', async () => {
    const s = await w.login('hr');
    const res = await w.app.inject({ method: 'POST', url: '/api/v1/directorates', headers: { cookie: s.cookie }, payload: { code: 'DX', name: 'Direzione X' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
    const wrong = await w.app.inject({ method: 'POST', url: '/api/v1/directorates', headers: { cookie: s.cookie, 'x-csrf-token': 'x' }, payload: { code: 'DX', name: 'Direzione X' } });
    expect(wrong.statusCode).toBe(403);
  });

  it('signs out: the cookie no longer opens a session', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'colleague', password: PASSWORD } });
    const cookie = `agilepa_session=${res.cookies[0]!.value}`;
    expect((await w.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await w.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    expect((await w.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('ends a session when it expires', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'it', password: PASSWORD } });
    const cookie = `agilepa_session=${res.cookies[0]!.value}`;
    await w.engine.query(`UPDATE sessions SET expires_at = $2 WHERE organization_id = $1 AND user_id = (SELECT id FROM users WHERE username = 'it')`, [w.organizationId, new Date(w.clock.now().getTime() - 60_000)]);
    expect((await w.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('ignores a forged cookie', async () => {
    const res = await w.app.inject({ url: '/api/v1/me', headers: { cookie: `agilepa_session=${w.organizationId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` } });
    expect(res.statusCode).toBe(401);
  });

  it('records each sign-in in the audit log', async () => {
    const res = await w.as('hr', { url: '/api/v1/audit?entity=user' });
    expect(res.json().items.some((e: { action: string }) => e.action === 'user.signed_in')).toBe(true);
  });
});
