import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

describe('user accounts and roles', () => {
  it('lists accounts with their roles and linked employee to HR and admin only', async () => {
    const res = await w.as('hr', { url: '/api/v1/users?q=man' });
    expect(res.json().items).toEqual([expect.objectContaining({ username: 'manager', roles: ['manager'], employeeName: 'Verdi Anna', active: true })]);
    for (const who of ['employee', 'manager', 'director', 'evaluator']) expect((await w.as(who, { url: '/api/v1/users' })).statusCode, who).toBe(403);
  });

  it('creates an account that can sign in, without ever showing the password hash', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/users', payload: { username: 'nuovo.utente', password: 'una-password-lunga', employeeId: w.people.employeeA2, roles: ['employee'] } });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain('argon2');
    const login = await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nuovo.utente', password: 'una-password-lunga' } });
    expect(login.json().employee.lastName).toBe('Colombo');
    const audit = (await w.as('admin', { url: `/api/v1/audit?entity=user&entityId=${res.json().id}` })).json().items;
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('refuses a taken username, a short password and an unknown role', async () => {
    expect((await w.as('hr', { method: 'POST', url: '/api/v1/users', payload: { username: 'manager', password: 'abcdefghi', roles: ['employee'] } })).json().code).toBe('DUPLICATE_USERNAME');
    const short = await w.as('hr', { method: 'POST', url: '/api/v1/users', payload: { username: 'corto', password: 'abc', roles: ['employee'] } });
    expect(short.json().errors[0]).toMatchObject({ field: 'password', detail: 'La password deve avere almeno 8 caratteri' });
    const role = await w.as('hr', { method: 'POST', url: '/api/v1/users', payload: { username: 'ruolo', password: 'abcdefghi', roles: ['sindaco'] } });
    expect(role.json().errors[0].field).toBe('roles.0');
  });

  it('lets only an administrator grant the admin role', async () => {
    const byHr = await w.as('hr', { method: 'POST', url: '/api/v1/users', payload: { username: 'super', password: 'abcdefghi', roles: ['admin'] } });
    expect(byHr.statusCode).toBe(403);
    const byAdmin = await w.as('admin', { method: 'POST', url: '/api/v1/users', payload: { username: 'super', password: 'abcdefghi', roles: ['admin'] } });
    expect(byAdmin.statusCode).toBe(201);
  });

  it('closes the sessions of a deactivated account at once', async () => {
    const s = await w.login('colleague');
    expect((await w.app.inject({ url: '/api/v1/me', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    const list = (await w.as('hr', { url: '/api/v1/users?q=colleague' })).json().items[0];
    const res = await w.as('hr', { method: 'PATCH', url: `/api/v1/users/${list.id}`, payload: { active: false } });
    expect(res.json().active).toBe(false);
    expect((await w.app.inject({ url: '/api/v1/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });
});
