import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anApplication, mapEmployee } from '../../fixtures/agreements.js';
import { World } from '../../fixtures/world.js';

let w: World;
let remote: string;
let desk: string;
beforeAll(async () => {
  w = await World.create();
  ({ remote, desk } = await mapEmployee(w, 'employeeA1'));
});
afterAll(() => w.close());

describe('art. 4, 6 — applying', () => {
  it('art. 6.1 — refuses an application that cites no remotable activity of the employee’s mapping', async () => {
    const res = await anApplication(w, 'employee', 'employeeA1', [desk]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'NO_REMOTABLE_ACTIVITY', field: 'activityIds' });
  });

  it('art. 6.1 — an application is personal: nobody applies for someone else', async () => {
    expect((await anApplication(w, 'colleague', 'employeeA1', [remote])).statusCode).toBe(403);
    expect((await anApplication(w, 'hr', 'employeeA1', [remote])).statusCode).toBe(403);
  });

  it('art. 6.1, 7.4 — accepts a valid application and proposes the quota from the remotable share', async () => {
    const res = await anApplication(w, 'employee', 'employeeA1', [remote]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'submitted', remotableShare: 60, proposedQuota: 6 });
    const again = await anApplication(w, 'employee', 'employeeA1', [remote]);
    expect(again.statusCode).toBe(409);
  });

  it('art. 4.1 — refuses NOT_ELIGIBLE with the reason while probation lasts', async () => {
    await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${w.people.colleagueA1}`, payload: { contract: { type: 'permanent', start: '2026-09-01', probationEnd: '2027-02-28' } } });
    await mapEmployee(w, 'colleagueA1');
    const activities = (await w.as('colleague', { url: `/api/v1/employees/${w.people.colleagueA1}/activities` })).json().items;
    const res = await anApplication(w, 'colleague', 'colleagueA1', [activities.find((a: { remotable: boolean }) => a.remotable).activityId]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'NOT_ELIGIBLE', detail: expect.stringContaining('periodo di prova') });
  });

  it('art. 4.1 — a fixed-term contract of exactly 6 months is refused, 6 months and a day accepted', async () => {
    const activities = (await w.as('colleague', { url: `/api/v1/employees/${w.people.colleagueA1}/activities` })).json().items;
    const remoteId = activities.find((a: { remotable: boolean }) => a.remotable).activityId;
    await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${w.people.colleagueA1}`, payload: { contract: { type: 'fixed_term', start: '2026-11-01', end: '2027-04-30' } } });
    expect((await anApplication(w, 'colleague', 'colleagueA1', [remoteId])).json().code).toBe('NOT_ELIGIBLE');
    await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${w.people.colleagueA1}`, payload: { contract: { type: 'fixed_term', start: '2026-11-01', end: '2027-05-01' } } });
    expect((await anApplication(w, 'colleague', 'colleagueA1', [remoteId])).statusCode).toBe(201);
  });
});

describe('art. 6.2–6.3 — the manager’s opinion and the director’s decision', () => {
  const pending = async (employeeKey: string) =>
    (await w.as('hr', { url: `/api/v1/applications?status=submitted&employeeId=${w.people[employeeKey]}` })).json().items[0].id as string;

  it('art. 6.2a — the employee’s manager gives an opinion; others may not', async () => {
    const id = await pending('employeeA1');
    expect((await w.as('colleague', { method: 'POST', url: `/api/v1/applications/${id}/opinion`, payload: { opinion: 'favourable' } })).statusCode).toBe(403);
    const res = await w.as('manager', { method: 'POST', url: `/api/v1/applications/${id}/opinion`, payload: { opinion: 'favourable', note: 'Attività ben organizzate' } });
    expect(res.json().managerOpinion).toEqual({ opinion: 'favourable', note: 'Attività ben organizzate' });
  });

  it('art. 6.3 — a refusal without a reason is refused with REASON_REQUIRED', async () => {
    const id = await pending('employeeA1');
    const res = await w.as('director', { method: 'POST', url: `/api/v1/applications/${id}/decision`, payload: { decision: 'refuse' } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });

  it('art. 7.1 — a quota above the maximum is refused with QUOTA_ABOVE_MAXIMUM; the maximum itself passes', async () => {
    const id = await pending('employeeA1');
    const res = await w.as('director', { method: 'POST', url: `/api/v1/applications/${id}/decision`, payload: { decision: 'approve', monthlyQuota: 11 } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'QUOTA_ABOVE_MAXIMUM', maximum: 10 });
  });

  it('only the director of the applicant’s directorate decides', async () => {
    const id = await pending('employeeA1');
    for (const who of ['manager', 'hr', 'employee', 'evaluator', 'admin']) expect((await w.as(who, { method: 'POST', url: `/api/v1/applications/${id}/decision`, payload: { decision: 'approve' } })).statusCode, who).toBe(403);
  });

  it('art. 6.2b — approval fixes the quota and creates the agreement draft; a second decision is INVALID_STATE', async () => {
    const id = await pending('employeeA1');
    const res = await w.as('director', { method: 'POST', url: `/api/v1/applications/${id}/decision`, payload: { decision: 'approve', monthlyQuota: 10 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', agreementId: expect.any(String) });
    const agreement = (await w.as('employee', { url: `/api/v1/agreements/${res.json().agreementId}` })).json();
    expect(agreement).toMatchObject({ status: 'draft', monthlyQuota: 10, band: { start: '08:00', end: '13:00' }, objectives: [expect.objectContaining({ indicator: 'pratiche chiuse nel mese' })], requiredSigners: ['employee', 'director', 'hr'] });
    const again = await w.as('director', { method: 'POST', url: `/api/v1/applications/${id}/decision`, payload: { decision: 'refuse', reason: 'x' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
  });

  it('art. 6.3 — a reasoned refusal is recorded with its reason', async () => {
    const id = await pending('colleagueA1');
    const res = await w.as('director', { method: 'POST', url: `/api/v1/applications/${id}/decision`, payload: { decision: 'refuse', reason: 'Attività prevalentemente allo sportello nel periodo' } });
    expect(res.json()).toEqual({ id, status: 'refused', agreementId: null });
    const read = (await w.as('colleague', { url: `/api/v1/applications/${id}` })).json();
    expect(read).toMatchObject({ status: 'refused', decision: { reason: 'Attività prevalentemente allo sportello nel periodo' } });
  });
});

describe('who sees applications', () => {
  it('shows employees their own, managers their units, directors their directorate, HR all; not the evaluation body', async () => {
    const count = async (who: string) => (await w.as(who, { url: '/api/v1/applications' })).json().total;
    expect(await count('hr')).toBe(2);
    expect(await count('director')).toBe(2);
    expect(await count('manager')).toBe(2);
    expect(await count('employee')).toBe(1);
    expect(await count('employee-b')).toBe(0);
    expect((await w.as('evaluator', { url: '/api/v1/applications' })).statusCode).toBe(403);
    const one = (await w.as('hr', { url: '/api/v1/applications' })).json().items[0].id;
    expect((await w.as('employee-b', { url: `/api/v1/applications/${one}` })).statusCode).toBe(403);
  });
});
