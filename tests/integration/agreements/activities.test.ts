import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AT_THE_DESK, REMOTABLE, anActivity } from '../../fixtures/agreements.js';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

describe('POLA § 4.1, art. 3 — the remotable-activity mapping', () => {
  it('art. 3.2–3.3 — HR records an activity and the checklist decides whether it is remotable', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA1, year: 2026, name: 'Gestione protocollo informatico', ...REMOTABLE } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ remotable: true, override: null, year: 2026 });
    const desk = await w.as('hr', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA1, year: 2026, name: 'Sportello anagrafe', ...AT_THE_DESK } });
    expect(desk.json().remotable).toBe(false);
  });

  it('art. 3.3 — HR’s reasoned override makes an excluded activity remotable, and the audit log keeps the reason', async () => {
    const id = await anActivity(w, w.unitA1, 'Consultazione archivio', AT_THE_DESK);
    const res = await w.as('hr', { method: 'PATCH', url: `/api/v1/activities/${id}`, payload: { override: { remotable: true, reason: 'Archivio digitalizzato nel 2025' } } });
    expect(res.json()).toMatchObject({ remotable: true, override: { remotable: true, reason: 'Archivio digitalizzato nel 2025' } });
    const [entry] = (await w.as('hr', { url: `/api/v1/audit?entity=activity&entityId=${id}` })).json().items;
    expect(entry).toMatchObject({ action: 'activity.override', reason: 'Archivio digitalizzato nel 2025' });
    const removed = await w.as('hr', { method: 'PATCH', url: `/api/v1/activities/${id}`, payload: { override: null } });
    expect(removed.json()).toMatchObject({ remotable: false, override: null });
  });

  it('lets a director map only the units of their directorate, and never override', async () => {
    expect((await w.as('director', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA2, year: 2026, name: 'Contratti', ...REMOTABLE } })).statusCode).toBe(201);
    expect((await w.as('director', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitB1, year: 2026, name: 'Contratti', ...REMOTABLE } })).statusCode).toBe(403);
    const override = await w.as('director', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA2, year: 2026, name: 'X', ...AT_THE_DESK, override: { remotable: true, reason: 'x' } } });
    expect(override.statusCode).toBe(403);
    for (const who of ['manager', 'employee', 'evaluator', 'admin']) expect((await w.as(who, { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA1, year: 2026, name: 'X', ...REMOTABLE } })).statusCode, who).toBe(403);
  });

  it('refuses an incomplete checklist, naming the missing item', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA1, year: 2026, name: 'X', characteristics: { remoteTools: true }, exclusions: REMOTABLE.exclusions } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('characteristics.measurableOutput');
  });

  it('lists a unit’s activities of a year', async () => {
    const list = (await w.as('hr', { url: `/api/v1/activities?unitId=${w.unitA1}&year=2026` })).json();
    expect(list.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Gestione protocollo informatico', 'Sportello anagrafe']));
    expect((await w.as('employee', { url: `/api/v1/activities?unitId=${w.unitA1}` })).json().length).toBe(list.length);
    expect((await w.as('employee', { url: `/api/v1/activities?unitId=${w.unitB1}` })).json()).toEqual([]);
  });
});

describe('POLA § 4.1 — activities by prevalence and the remotable share', () => {
  it('gives the employee the sum of the shares of remotable activities and the proposed quota (art. 7.4)', async () => {
    const remote = await anActivity(w, w.unitA1, 'Istruttoria');
    const desk = await anActivity(w, w.unitA1, 'Sportello', AT_THE_DESK);
    const res = await w.as('director', { method: 'PUT', url: `/api/v1/employees/${w.people.colleagueA1}/activities`, payload: [{ activityId: remote, share: 70 }, { activityId: desk, share: 30 }] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2026, remotableShare: 70, potentialAgileWorker: true, proposedQuota: 7 });
    expect((await w.as('colleague', { url: `/api/v1/employees/${w.people.colleagueA1}/activities` })).json().remotableShare).toBe(70);
    expect((await w.as('employee', { url: `/api/v1/employees/${w.people.colleagueA1}/activities` })).statusCode).toBe(403);
  });

  it('refuses shares above 100% in total, and activities of another year', async () => {
    const a = await anActivity(w, w.unitA1, 'A');
    const b = await anActivity(w, w.unitA1, 'B');
    const over = await w.as('hr', { method: 'PUT', url: `/api/v1/employees/${w.people.employeeA1}/activities`, payload: [{ activityId: a, share: 60 }, { activityId: b, share: 41 }] });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0]).toMatchObject({ field: 'share', detail: 'Le quote sommano al 101%: il massimo è 100%' });
    const other = await anActivity(w, w.unitA1, 'C', REMOTABLE, 'hr', 2025);
    const wrongYear = await w.as('hr', { method: 'PUT', url: `/api/v1/employees/${w.people.employeeA1}/activities`, payload: [{ activityId: other, share: 50 }] });
    expect(wrongYear.statusCode).toBe(400);
  });
});

describe('POLA § 4.1 — yearly update and the Tabella B contingents report', () => {
  it('counts potential agile workers per directorate against the legal minimum', async () => {
    const res = await w.as('evaluator', { url: '/api/v1/reports/contingents?year=2026' });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    const a = report.rows.find((r: { code: string }) => r.code === 'DA');
    expect(a).toMatchObject({ employees: 5, potentialAgileWorkers: 1, share: 20 });
    expect(report.total).toMatchObject({ employees: 7, potentialAgileWorkers: 1, share: 14.3 });
    expect(report).toMatchObject({ minimumShare: 15, meetsMinimum: false });
  });

  it('starts a new year as a copy of the last, and compares the two', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/activity-years', payload: { from: 2026, to: 2027 } });
    expect(res.statusCode).toBe(201);
    expect(res.json().activities).toBeGreaterThan(3);
    expect(res.json().assignments).toBe(2);
    expect((await w.as('hr', { method: 'POST', url: '/api/v1/activity-years', payload: { from: 2026, to: 2027 } })).statusCode).toBe(409);
    expect((await w.as('hr', { method: 'POST', url: '/api/v1/activity-years', payload: { from: 2010, to: 2011 } })).statusCode).toBe(404);
    const compared = (await w.as('hr', { url: '/api/v1/reports/contingents?year=2027&compareYear=2026' })).json();
    expect(compared.total).toMatchObject({ potentialAgileWorkers: 1, previous: 1, change: 0 });
  });

  it('downloads the report as CSV and XLSX', async () => {
    const csv = await w.as('hr', { url: '/api/v1/reports/contingents?year=2026&format=csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('contingenti-2026.csv');
    expect(csv.body).toContain('Direzione A;5;1;20');
    expect(csv.body).toContain('TOTALE;7;1;14,3');
    const xlsx = await w.as('hr', { url: '/api/v1/reports/contingents?year=2026&format=xlsx' });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('is not for employees or managers', async () => {
    for (const who of ['employee', 'manager']) expect((await w.as(who, { url: '/api/v1/reports/contingents' })).statusCode, who).toBe(403);
  });
});

describe('editing an activity', () => {
  it('keeps what the edit leaves out: renaming does not wipe the description', async () => {
    const created = await w.as('hr', { method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA1, year: 2026, name: 'Protocollo', description: 'Registrazione della posta in arrivo', ...REMOTABLE } });
    const renamed = await w.as('hr', { method: 'PATCH', url: `/api/v1/activities/${created.json().id}`, payload: { name: 'Protocollo informatico' } });
    expect(renamed.json()).toMatchObject({ name: 'Protocollo informatico', description: 'Registrazione della posta in arrivo' });
  });
});
