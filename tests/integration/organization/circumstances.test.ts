import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

const data = { disability: true, law104: true, caregiver: false, childrenBirthDates: ['2019-04-02'], pregnancy: null, notes: 'Certificazione agli atti' };

describe('protected personal circumstances (GDPR art. 9)', () => {
  it('lets HR record and read them, and reads nothing for someone with no record', async () => {
    const empty = await w.as('hr', { url: `/api/v1/employees/${w.people.employeeB1}/circumstances` });
    expect(empty.json()).toMatchObject({ disability: false, childrenBirthDates: [] });
    const put = await w.as('hr', { method: 'PUT', url: `/api/v1/employees/${w.people.employeeA1}/circumstances`, payload: data });
    expect(put.statusCode).toBe(200);
    expect((await w.as('hr', { url: `/api/v1/employees/${w.people.employeeA1}/circumstances` })).json()).toEqual(data);
  });

  it('hides them from managers, directors, colleagues, the employee’s own account, admin and the evaluation body', async () => {
    for (const who of ['manager', 'director', 'colleague', 'employee', 'admin', 'evaluator', 'it']) {
      const res = await w.as(who, { url: `/api/v1/employees/${w.people.employeeA1}/circumstances` });
      expect(res.statusCode, who).toBe(403);
      expect(res.body).not.toContain('Certificazione');
      expect((await w.as(who, { method: 'PUT', url: `/api/v1/employees/${w.people.employeeA1}/circumstances`, payload: data })).statusCode, who).toBe(403);
    }
  });

  it('records every read in the audit log, without copying the data there', async () => {
    await w.as('hr', { url: `/api/v1/employees/${w.people.employeeA1}/circumstances` });
    const log = (await w.as('hr', { url: `/api/v1/audit?entity=employee_circumstances&entityId=${w.people.employeeA1}` })).json().items;
    expect(log.filter((e: { action: string }) => e.action === 'circumstances.read').length).toBeGreaterThanOrEqual(2);
    expect(log.some((e: { action: string }) => e.action === 'circumstances.created')).toBe(true);
    expect(JSON.stringify(log)).not.toContain('Certificazione');
  });

  it('refuses a pregnancy that ends before it starts and an unknown field', async () => {
    const res = await w.as('hr', { method: 'PUT', url: `/api/v1/employees/${w.people.employeeA1}/circumstances`, payload: { ...data, pregnancy: { from: '2026-05-01', to: '2026-01-01' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('pregnancy.to');
    const unknown = await w.as('hr', { method: 'PUT', url: `/api/v1/employees/${w.people.employeeA1}/circumstances`, payload: { ...data, diagnosi: 'x' } });
    expect(unknown.json().errors[0].field).toBe('diagnosi');
  });
});
