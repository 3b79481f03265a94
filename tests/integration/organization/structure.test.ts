import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

describe('directorates and units', () => {
  it('lists directorates with their head and counts to every signed-in role', async () => {
    for (const who of ['employee', 'manager', 'evaluator', 'hr']) {
      const res = await w.as(who, { url: '/api/v1/directorates' });
      expect(res.statusCode).toBe(200);
      const a = res.json().find((d: { code: string }) => d.code === 'DA');
      expect(a).toMatchObject({ name: 'Direzione A', headName: 'Bianchi Marco', unitCount: 2, employeeCount: 5 });
    }
    expect((await w.as(null, { url: '/api/v1/directorates' })).statusCode).toBe(401);
  });

  it('reads one directorate, and 404 for an unknown one', async () => {
    expect((await w.as('employee', { url: `/api/v1/directorates/${w.directorateB}` })).json()).toMatchObject({ code: 'DB', unitCount: 1 });
    const missing = await w.as('employee', { url: '/api/v1/directorates/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
  });

  it('lets HR create and rename a directorate, recording both in the audit log', async () => {
    const created = await w.as('hr', { method: 'POST', url: '/api/v1/directorates', payload: { code: 'DC', name: 'Direzione C' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const renamed = await w.as('hr', { method: 'PATCH', url: `/api/v1/directorates/${id}`, payload: { name: 'Direzione Cultura', headEmployeeId: w.people.employeeB1 } });
    expect(renamed.json()).toMatchObject({ name: 'Direzione Cultura', headName: 'Ricci Elena' });
    const log = (await w.as('hr', { url: `/api/v1/audit?entity=directorate&entityId=${id}` })).json().items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['directorate.updated', 'directorate.created']);
    expect(log[0]).toMatchObject({ actor: 'hr', before: { name: 'Direzione C' }, after: { name: 'Direzione Cultura' } });
  });

  it('refuses a duplicate code with 409 DUPLICATE_CODE', async () => {
    const res = await w.as('admin', { method: 'POST', url: '/api/v1/directorates', payload: { code: 'DA', name: 'Doppione' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE_CODE', field: 'code' });
  });

  it('forbids structure changes to employees, managers, directors and the evaluation body', async () => {
    for (const who of ['employee', 'manager', 'director', 'evaluator', 'it', 'facilities']) {
      const res = await w.as(who, { method: 'POST', url: '/api/v1/directorates', payload: { code: `X${who}`, name: 'X' } });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const patch = await w.as('evaluator', { method: 'PATCH', url: `/api/v1/units/${w.unitA1}`, payload: { name: 'X' } });
    expect(patch.statusCode).toBe(403);
  });

  it('lists units, all or of one directorate', async () => {
    const all = (await w.as('employee', { url: '/api/v1/units' })).json();
    expect(all.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['A1', 'A2', 'B1']));
    const ofA = (await w.as('employee', { url: `/api/v1/units?directorateId=${w.directorateA}` })).json();
    expect(ofA.map((u: { code: string }) => u.code)).toEqual(['A1', 'A2']);
    expect(ofA[0]).toMatchObject({ managerName: 'Verdi Anna', employeeCount: 4 });
  });

  it('creates, reads and updates a unit', async () => {
    const created = await w.as('hr', { method: 'POST', url: '/api/v1/units', payload: { directorateId: w.directorateB, code: 'B2', name: 'Unità B2' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await w.as('employee', { url: `/api/v1/units/${id}` })).json()).toMatchObject({ code: 'B2', employeeCount: 0 });
    const updated = await w.as('hr', { method: 'PATCH', url: `/api/v1/units/${id}`, payload: { managerEmployeeId: w.people.employeeB1 } });
    expect(updated.json()).toMatchObject({ managerEmployeeId: w.people.employeeB1, managerName: 'Ricci Elena' });
  });

  it('names the field when a unit points at a directorate that does not exist', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/units', payload: { directorateId: '00000000-0000-4000-8000-000000000000', code: 'Z1', name: 'Z' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'directorateId' }] });
  });
});
