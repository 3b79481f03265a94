import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../src/platform/actor.js';
import { autoRelease } from '../../../src/modules/agile-days/services/bank.js';
import { aDay, anActiveAgreement, requestDay } from '../../fixtures/agile-days.js';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 10, startDate: '2026-05-01' });
  await anActiveAgreement(w, 'colleagueA1', { monthlyQuota: 4, startDate: '2026-05-01' });
});
afterAll(() => w.close());

const run = () => {
  const ctx = { organizationId: w.organizationId, actor: systemActor(w.organizationId, 'test'), clock: w.clock, engine: w.engine };
  return w.engine.db.transaction((tx) => autoRelease(tx, ctx));
};

describe('art. 7.8 automatic release to the bank', () => {
  it('art. 7.8 — off by default; when set to the 20th it does nothing on the 19th and releases the unrequested days on the 20th, once', async () => {
    w.setNow('2026-11-19T10:00:00+01:00');
    expect(await run()).toBe(0);
    const set = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { bankAutoReleaseDay: 20 } } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().settingsArticles.bankAutoReleaseDay).toBe('art. 7.8');
    await aDay(w, 'colleague', 'colleagueA1', '2026-11-24');
    expect(await run()).toBe(0);
    w.setNow('2026-11-20T10:00:00+01:00');
    // employeeA1 had 10 left, colleagueA1 3.
    expect(await run()).toBe(13);
    expect(await run()).toBe(0);
    const bank = (await w.as('director', { url: `/api/v1/directorates/${w.directorateA}/bank?month=2026-11` })).json();
    expect(bank).toMatchObject({ released: 13, balance: 13, automaticRelease: { day: 20 } });
    expect(bank.automaticRelease.doneAt).not.toBeNull();
    expect((await requestDay(w, 'employee', 'employeeA1', '2026-11-25')).json().code).toBe('QUOTA_EXCEEDED');
  });
});

describe('art. 9.4 inactivity counts from the last day asked for', () => {
  it('art. 9.4 — six months after the start with no request the agreement is revocable; a request resets the count', async () => {
    w.setNow('2026-11-02T10:00:00+01:00');
    const inactive = async () => (await w.as('hr', { url: '/api/v1/agreements?inactiveMonths=6' })).json().items.map((a: { employeeId: string }) => a.employeeId);
    // Both started on 1 May; employeeA1 asked for nothing yet (the automatic release above is not a request).
    expect(await inactive()).toContain(w.people.employeeA1);
    await aDay(w, 'employee', 'employeeA1', '2026-12-01');
    expect(await inactive()).not.toContain(w.people.employeeA1);
    const agreement = (await w.as('hr', { url: `/api/v1/agreements?employeeId=${w.people.employeeA1}` })).json().items[0];
    expect(agreement.inactiveSince).toBe('2026-11-02');
    const refused = await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${agreement.id}/revocation`, payload: { reason: 'Inattività' } });
    expect(refused.json()).toMatchObject({ code: 'INVALID_STATE', detail: expect.stringContaining('dal 02/11/2026') });
  });
});

describe('art. 9 the end of an agreement ends its days', () => {
  it('art. 9.1 — a withdrawal effective on 27 January cancels the days from then on and keeps those before', async () => {
    w.setNow('2026-12-28T10:00:00+01:00');
    const before = await aDay(w, 'colleague', 'colleagueA1', '2027-01-26');
    const after = await aDay(w, 'colleague', 'colleagueA1', '2027-01-27');
    const agreement = (await w.as('hr', { url: `/api/v1/agreements?employeeId=${w.people.colleagueA1}` })).json().items[0];
    const res = await w.as('colleague', { method: 'POST', url: `/api/v1/agreements/${agreement.id}/withdrawal`, payload: { effectiveDate: '2027-01-27', reason: 'Cambio di esigenze familiari' } });
    expect(res.statusCode, res.body).toBe(200);
    const days = (await w.as('colleague', { url: '/api/v1/agile-days' })).json().items as { id: string; status: string }[];
    expect(days.find((d) => d.id === before)!.status).toBe('pending');
    expect(days.find((d) => d.id === after)!.status).toBe('cancelled');
  });
});

describe('art. 7.6–7.7 part time, through the API', () => {
  it('art. 7.6 — a vertical part-timer on Monday to Wednesday with an agreement of 10 gets 6 days, and only on those weekdays', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    const changed = await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${w.people.employeeA2}`, payload: { workPattern: { type: 'part_time_vertical', percent: 60, weekdays: [1, 2, 3] } } });
    expect(changed.statusCode, changed.body).toBe(200);
    await anActiveAgreement(w, 'employeeA2', { monthlyQuota: 10, startDate: '2026-05-01' });
    expect((await w.as('employee-a2', { url: `/api/v1/employees/${w.people.employeeA2}/quota?month=2027-02` })).json()).toMatchObject({ base: 6, total: 6 });
    expect((await requestDay(w, 'employee-a2', 'employeeA2', '2027-02-03')).statusCode).toBe(201);
    expect((await requestDay(w, 'employee-a2', 'employeeA2', '2027-02-04')).json().code).toBe('NOT_A_WORKING_DAY');
  });

  it('art. 7.7 — a cyclic part-timer has the full quota in full-time months and none in the others', async () => {
    const changed = await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${w.people.employeeA2}`, payload: { workPattern: { type: 'part_time_cyclic', percent: 70, fullTimeMonths: [1, 2, 3] } } });
    expect(changed.statusCode, changed.body).toBe(200);
    const quota = async (month: string) => (await w.as('employee-a2', { url: `/api/v1/employees/${w.people.employeeA2}/quota?month=${month}` })).json();
    expect((await quota('2027-03')).base).toBe(10);
    expect((await quota('2027-04')).base).toBe(0);
    expect((await requestDay(w, 'employee-a2', 'employeeA2', '2027-04-07')).json().code).toBe('QUOTA_EXCEEDED');
  });
});
