import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

describe('audit log', () => {
  it('is append-only: the database refuses to change or delete an entry', async () => {
    await w.as('hr', { method: 'PATCH', url: `/api/v1/units/${w.unitA2}`, payload: { name: 'Unità A2 bis' } });
    await expect(w.engine.query('UPDATE audit_log SET action = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(w.engine.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('is readable by HR and admin only', async () => {
    for (const who of ['employee', 'manager', 'director', 'evaluator', 'it', 'facilities']) expect((await w.as(who, { url: '/api/v1/audit' })).statusCode, who).toBe(403);
    const res = await w.as('admin', { url: '/api/v1/audit?entity=unit' });
    expect(res.json().items[0]).toMatchObject({ action: 'unit.updated', actor: 'hr', before: { name: 'Unità A2' }, after: { name: 'Unità A2 bis' } });
  });
});

describe('API surface', () => {
  it('publishes an OpenAPI 3.1 document with every route, and the interactive page', async () => {
    const doc = (await w.app.inject({ url: '/api/docs/json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/v1/health', '/api/v1/auth/login', '/api/v1/me', '/api/v1/directorates/{id}', '/api/v1/units/{id}', '/api/v1/employees', '/api/v1/employees/{id}/circumstances', '/api/v1/imports/employees', '/api/v1/audit', '/api/v1/organization', '/api/v1/users/{id}'])
      expect(doc.paths, path).toHaveProperty([path]);
    const page = await w.app.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(page.statusCode);
  });

  it('answers an unknown API path with a problem document', async () => {
    const res = await w.as('hr', { url: '/api/v1/nessuno' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('sends security headers', async () => {
    const res = await w.app.inject({ url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
