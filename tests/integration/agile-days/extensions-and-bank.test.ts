import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aDay, anActiveAgreement, requestDay } from '../../fixtures/agile-days.js';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 2 });
  await anActiveAgreement(w, 'colleagueA1', { monthlyQuota: 6 });
  await anActiveAgreement(w, 'employeeA2', { monthlyQuota: 4 });
  await anActiveAgreement(w, 'managerA1', { monthlyQuota: 4 });
});
afterAll(() => w.close());
beforeEach(() => w.setNow('2026-11-23T10:00:00+01:00'));

const quota = async (key: string, month: string, user = 'hr') => (await w.as(user, { url: `/api/v1/employees/${w.people[key]}/quota?month=${month}` })).json();
const extension = (user: string, key: string, body: Record<string, unknown>) =>
  w.as(user, { method: 'POST', url: '/api/v1/extensions', payload: { employeeId: w.people[key], from: '2026-12-01', to: '2027-02-28', note: 'Figlio di 3 anni, rientro dal congedo', ...body } });

describe('art. 7.2–7.4 priority extensions', () => {
  it('art. 7.2 — an approved extension adds its days to each month it covers, not to the others', async () => {
    const asked = await extension('employee', 'employeeA1', { criterion: 'parenting', extraDaysPerMonth: 3 });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'requested', proposedByHr: false, note: 'Figlio di 3 anni, rientro dal congedo' });
    expect((await quota('employeeA1', '2026-12')).extensions).toBe(0);
    const decided = await w.as('director', { method: 'POST', url: `/api/v1/extensions/${asked.json().id}/decision`, payload: { decision: 'approve' } });
    expect(decided.json().status).toBe('approved');
    expect(await quota('employeeA1', '2026-12')).toMatchObject({ base: 2, extensions: 3, total: 5 });
    expect((await quota('employeeA1', '2027-02')).extensions).toBe(3);
    expect((await quota('employeeA1', '2027-03')).extensions).toBe(0);
    expect((await quota('employeeA1', '2026-11')).extensions).toBe(0);
  });

  it('art. 7.3 — a continuous period for a special situation: its days do not count against the quota', async () => {
    const asked = await extension('hr', 'employeeA2', { criterion: 'special_situation', specialSituation: 'return_after_illness', continuous: true, from: '2026-12-01', to: '2026-12-11', note: 'Rientro dopo 40 giorni di malattia' });
    expect(asked.json()).toMatchObject({ proposedByHr: true, continuous: true, extraDaysPerMonth: null });
    await w.as('director', { method: 'POST', url: `/api/v1/extensions/${asked.json().id}/decision`, payload: { decision: 'approve' } });
    for (const date of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-09', '2026-12-10', '2026-12-11']) await aDay(w, 'employee-a2', 'employeeA2', date);
    expect(await quota('employeeA2', '2026-12')).toMatchObject({ total: 4, pending: 0, remaining: 4, continuousPeriods: [{ from: '2026-12-01', to: '2026-12-11' }] });
    await aDay(w, 'employee-a2', 'employeeA2', '2026-12-14');
    expect((await quota('employeeA2', '2026-12')).pending).toBe(1);
  });

  it('art. 7.3 — refuses a continuous period for an ordinary criterion, and a refusal without reason', async () => {
    const res = await extension('employee', 'employeeA1', { criterion: 'commute', continuous: true });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CONTINUOUS_NOT_ALLOWED');
    const asked = await extension('employee', 'employeeA1', { criterion: 'commute', extraDaysPerMonth: 1 });
    const refuse = await w.as('director', { method: 'POST', url: `/api/v1/extensions/${asked.json().id}/decision`, payload: { decision: 'refuse' } });
    expect(refuse.json().code).toBe('REASON_REQUIRED');
  });

  it('art. 7.4, GDPR art. 9 — the circumstance is read by HR and the director (audited), never by the manager or colleagues', async () => {
    const asked = await extension('colleague', 'colleagueA1', { criterion: 'disability', extraDaysPerMonth: 2, note: 'Invalidità certificata 60%' });
    const id = asked.json().id;
    expect((await w.as('manager', { url: `/api/v1/extensions?employeeId=${w.people.colleagueA1}` })).json()).toEqual([]);
    expect((await w.as('employee', { url: '/api/v1/extensions' })).json().map((e: { id: string }) => e.id)).not.toContain(id);
    expect((await w.as('manager', { method: 'POST', url: `/api/v1/extensions/${id}/decision`, payload: { decision: 'approve' } })).statusCode).toBe(403);
    expect((await w.as('hr', { method: 'POST', url: `/api/v1/extensions/${id}/decision`, payload: { decision: 'approve' } })).statusCode).toBe(403);
    const forDirector = (await w.as('director', { url: '/api/v1/extensions?status=requested' })).json();
    expect(forDirector.find((e: { id: string }) => e.id === id).note).toBe('Invalidità certificata 60%');
    const audit = (await w.as('hr', { url: `/api/v1/audit?entity=extension&entityId=${id}` })).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toContain('extension.note_read');
    expect(JSON.stringify(audit)).not.toContain('Invalidità');
  });
});

describe('art. 7.8 the day bank', () => {
  it('art. 7.8 — an employee gives unused days to the directorate’s bank: they leave the quota; not more than remain', async () => {
    expect((await quota('colleagueA1', '2026-12')).remaining).toBe(6);
    const tooMany = await w.as('colleague', { method: 'POST', url: '/api/v1/bank/releases', payload: { employeeId: w.people.colleagueA1, month: '2026-12', days: 7 } });
    expect(tooMany.json()).toMatchObject({ code: 'QUOTA_EXCEEDED', remaining: 6 });
    const res = await w.as('colleague', { method: 'POST', url: '/api/v1/bank/releases', payload: { employeeId: w.people.colleagueA1, month: '2026-12', days: 3 } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ days: 3, balance: 3 });
    expect(await quota('colleagueA1', '2026-12')).toMatchObject({ released: 3, total: 3, remaining: 3 });
    const past = await w.as('colleague', { method: 'POST', url: '/api/v1/bank/releases', payload: { employeeId: w.people.colleagueA1, month: '2026-10', days: 1 } });
    expect(past.json().code).toBe('MONTH_CLOSED');
  });

  it('art. 7.2–7.3, 7.8 — requests beyond the supply are served by priority, then time; the bank never goes below zero', async () => {
    // Supply: 3 days (previous test). Commute asks first, then care: care comes first.
    const commute = await w.as('employee', { method: 'POST', url: '/api/v1/bank/requests', payload: { employeeId: w.people.employeeA1, month: '2026-12', days: 2, criterion: 'commute' } });
    const care = await w.as('employee-a2', { method: 'POST', url: '/api/v1/bank/requests', payload: { employeeId: w.people.employeeA2, month: '2026-12', days: 2, criterion: 'care' } });
    expect([commute.statusCode, care.statusCode]).toEqual([201, 201]);
    const single = await w.as('director', { method: 'POST', url: `/api/v1/bank/requests/${commute.json().id}/decision`, payload: { decision: 'approve' } });
    expect(single.json()).toMatchObject({ code: 'BANK_INSUFFICIENT', balance: 3 });
    expect((await w.as('manager', { method: 'POST', url: `/api/v1/directorates/${w.directorateA}/bank/allocation?month=2026-12` })).statusCode).toBe(403);
    const allocation = await w.as('director', { method: 'POST', url: `/api/v1/directorates/${w.directorateA}/bank/allocation?month=2026-12` });
    expect(allocation.json()).toEqual({ month: '2026-12', balance: 0, grants: [{ id: care.json().id, days: 2 }, { id: commute.json().id, days: 1 }] });
    const bank = (await w.as('director', { url: `/api/v1/directorates/${w.directorateA}/bank?month=2026-12` })).json();
    expect(bank).toMatchObject({ released: 3, granted: 3, balance: 0, requested: 0 });
    expect((await quota('employeeA2', '2026-12')).bank).toBe(2);
    expect((await quota('employeeA1', '2026-12')).bank).toBe(1);
    const more = await w.as('employee', { method: 'POST', url: '/api/v1/bank/requests', payload: { employeeId: w.people.employeeA1, month: '2026-12', days: 1, criterion: 'special_situation' } });
    const empty = await w.as('director', { method: 'POST', url: `/api/v1/bank/requests/${more.json().id}/decision`, payload: { decision: 'approve' } });
    expect(empty.json().code).toBe('BANK_INSUFFICIENT');
  });

  it('art. 7.8 — racing grants never take more than the bank holds', async () => {
    await w.as('manager', { method: 'POST', url: '/api/v1/bank/releases', payload: { employeeId: w.people.managerA1, month: '2027-01', days: 1 } });
    const ids = [];
    for (const [user, key] of [['employee', 'employeeA1'], ['colleague', 'colleagueA1'], ['employee-a2', 'employeeA2']] as const) {
      const r = await w.as(user, { method: 'POST', url: '/api/v1/bank/requests', payload: { employeeId: w.people[key], month: '2027-01', days: 1, criterion: 'care' } });
      ids.push(r.json().id as string);
    }
    await w.login('director');
    const decisions = await Promise.all(ids.map((id) => w.as('director', { method: 'POST', url: `/api/v1/bank/requests/${id}/decision`, payload: { decision: 'approve' } })));
    expect(decisions.filter((d) => d.statusCode === 200)).toHaveLength(1);
    const bank = (await w.as('director', { url: `/api/v1/directorates/${w.directorateA}/bank?month=2027-01` })).json();
    expect(bank).toMatchObject({ released: 1, granted: 1, balance: 0 });
  });

  it('art. 7.8 — a granted bank day lets the employee ask for one more day that month', async () => {
    // employeeA1: base 2 + extension 3 + bank 1 = 6 in December.
    const dates = ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-21'];
    for (const d of dates) await aDay(w, 'employee', 'employeeA1', d);
    expect((await requestDay(w, 'employee', 'employeeA1', '2026-12-22')).json().code).toBe('QUOTA_EXCEEDED');
  });

  it('art. 7.8 — the bank is read by its directorate only; an employee sees the balance and their own requests', async () => {
    expect((await w.as('employee-b', { url: `/api/v1/directorates/${w.directorateA}/bank?month=2026-12` })).statusCode).toBe(403);
    const seen = (await w.as('employee', { url: `/api/v1/directorates/${w.directorateA}/bank?month=2026-12` })).json();
    expect(seen.balance).toBe(0);
    expect(new Set(seen.requests.map((r: { employeeId: string }) => r.employeeId))).toEqual(new Set([w.people.employeeA1]));
  });
});
