import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aDay, anActiveAgreement, approve, requestDay } from '../../fixtures/agile-days.js';
import { World } from '../../fixtures/world.js';

const MONDAY = '2026-11-23T10:00:00+01:00';
let w: World;
beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 10 });
  await anActiveAgreement(w, 'colleagueA1', { monthlyQuota: 2 });
  await anActiveAgreement(w, 'employeeB1', { monthlyQuota: 8, directorate: 'B', endDate: '2026-12-15' });
});
afterAll(() => w.close());
beforeEach(() => w.setNow(MONDAY));

const quota = async (user: string, key: string, month: string) => (await w.as(user, { url: `/api/v1/employees/${w.people[key]}/quota?month=${month}` })).json();
const problem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => { code: string; detail: string; field?: string } }) => ({
  status: res.statusCode, type: String(res.headers['content-type']).split(';')[0], code: res.json().code, field: res.json().field,
});

describe('art. 10–11 asking for a day, through the API', () => {
  it('art. 10.1 — on Monday 23 a request for Thursday 26 (3 days) passes, for Wednesday 25 (2 days) is refused', async () => {
    const ok = await requestDay(w, 'employee', 'employeeA1', '2026-11-26');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'pending', explicitApproval: false });
    const late = await requestDay(w, 'employee', 'employeeA1', '2026-11-25');
    expect(problem(late)).toEqual({ status: 422, type: 'application/problem+json', code: 'NOTICE_TOO_SHORT', field: 'date' });
    expect(late.json().detail).toContain('almeno 3 giorni prima');
  });

  it('art. 10.1 "di norma" — a late exceptional request needs a reason, and then the manager’s explicit approval', async () => {
    expect(problem(await requestDay(w, 'employee', 'employeeA1', '2026-11-24', { exceptional: true }))).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const res = await requestDay(w, 'employee', 'employeeA1', '2026-11-24', { exceptional: true, reason: 'Scadenza del bando domani' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().explicitApproval).toBe(true);
  });

  it('art. 11.2 — refuses a request without the planned activities', async () =>
    expect(problem(await requestDay(w, 'employee', 'employeeA1', '2026-11-30', { activities: '   ' }))).toMatchObject({ status: 422, code: 'ACTIVITIES_REQUIRED', field: 'activities' }));

  it('art. 11.4 — refuses Saturdays, the Immacolata and the patron saint; accepts the working day after', async () => {
    for (const date of ['2026-11-28', '2026-12-07', '2026-12-08']) expect(problem(await requestDay(w, 'employee', 'employeeA1', date)).code, date).toBe('NOT_A_WORKING_DAY');
    expect((await requestDay(w, 'employee', 'employeeA1', '2026-12-09')).statusCode).toBe(201);
  });

  it('art. 6.4, 8 — refuses a day without an agreement, or after the agreement ends; accepts its last day', async () => {
    expect(problem(await requestDay(w, 'employee-a2', 'employeeA2', '2026-11-30')).code).toBe('AGREEMENT_NOT_ACTIVE');
    expect(problem(await requestDay(w, 'employee-b', 'employeeB1', '2026-12-16')).code).toBe('AGREEMENT_NOT_ACTIVE');
    expect((await requestDay(w, 'employee-b', 'employeeB1', '2026-12-15')).statusCode).toBe(201);
  });

  it('refuses a second request for the same date with a conflict', async () => {
    await aDay(w, 'employee', 'employeeA1', '2026-12-01');
    expect(problem(await requestDay(w, 'employee', 'employeeA1', '2026-12-01'))).toMatchObject({ status: 409, code: 'DUPLICATE_DAY', field: 'date' });
  });

  it('art. 7 — counts pending requests: with a quota of 2 the second passes, the third is refused saying 0 remain', async () => {
    await aDay(w, 'colleague', 'colleagueA1', '2026-12-02');
    await aDay(w, 'colleague', 'colleagueA1', '2026-12-03');
    const third = await requestDay(w, 'colleague', 'colleagueA1', '2026-12-04');
    expect(problem(third)).toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(third.json().detail).toContain('ne restano 0');
    expect(await quota('colleague', 'colleagueA1', '2026-12')).toMatchObject({ month: '2026-12', base: 2, total: 2, used: 0, pending: 2, remaining: 0 });
  });

  it('asks only for oneself: a manager cannot ask for an employee', async () =>
    expect(problem(await requestDay(w, 'manager', 'employeeA1', '2026-12-10')).code).toBe('FORBIDDEN'));

  it('validates the body: a date that does not exist is a 400 naming the field', async () => {
    const res = await requestDay(w, 'employee', 'employeeA1', '2026-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('date');
  });
});

describe('art. 7.4 rotation', () => {
  it('art. 7.4 — with a limit of 1 the first person of the unit gets the day, the second is refused, another day is free', async () => {
    expect((await w.as('manager', { method: 'PUT', url: `/api/v1/units/${w.unitA1}/rotation`, payload: { maxAgilePerDay: 1 } })).statusCode).toBe(403);
    const set = await w.as('director', { method: 'PUT', url: `/api/v1/units/${w.unitA1}/rotation`, payload: { maxAgilePerDay: 1 } });
    expect(set.json()).toEqual({ unitId: w.unitA1, maxAgilePerDay: 1 });
    await aDay(w, 'employee', 'employeeA1', '2027-01-11');
    expect(problem(await requestDay(w, 'colleague', 'colleagueA1', '2027-01-11')).code).toBe('UNIT_CAPACITY_REACHED');
    expect((await requestDay(w, 'colleague', 'colleagueA1', '2027-01-12')).statusCode).toBe(201);
    const cal = (await w.as('manager', { url: `/api/v1/units/${w.unitA1}/calendar?month=2027-01` })).json();
    expect(cal.maxAgilePerDay).toBe(1);
    expect(cal.days.find((d: { date: string }) => d.date === '2027-01-11')).toMatchObject({ pending: 1, approved: 0, overLimit: false });
    await w.as('director', { method: 'PUT', url: `/api/v1/units/${w.unitA1}/rotation`, payload: { maxAgilePerDay: null } });
    expect((await requestDay(w, 'colleague', 'colleagueA1', '2027-01-11')).statusCode).toBe(201);
  });
});

describe('art. 10.1–10.2 decisions, revocation, cancellation', () => {
  it('art. 10.1 — the manager approves; a rejection needs a reason; a decided day cannot be decided again', async () => {
    const a = await aDay(w, 'employee', 'employeeA1', '2026-12-15');
    const b = await aDay(w, 'employee', 'employeeA1', '2026-12-16');
    expect((await approve(w, a)).status).toBe('approved');
    const noReason = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${b}/approval`, payload: { decision: 'reject' } });
    expect(problem(noReason)).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const rejected = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${b}/approval`, payload: { decision: 'reject', reason: 'Riunione di servizio in sede' } });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decision: { reason: 'Riunione di servizio in sede' } });
    const again = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${a}/approval`, payload: { decision: 'approve' } });
    expect(problem(again)).toMatchObject({ status: 409, code: 'INVALID_STATE' });
  });

  it('art. 10 — nobody decides on their own day, nor on another unit’s; the director may stand in', async () => {
    const id = await aDay(w, 'employee', 'employeeA1', '2026-12-17');
    for (const who of ['employee', 'colleague', 'employee-b', 'hr', 'admin', 'evaluator'])
      expect((await w.as(who, { method: 'POST', url: `/api/v1/agile-days/${id}/approval`, payload: { decision: 'approve' } })).statusCode, who).toBe(403);
    expect((await approve(w, id, 'director')).status).toBe('approved');
  });

  it('art. 10.2 — revocation the day before passes and the day becomes recoverable; on the day itself it is refused', async () => {
    const first = await aDay(w, 'employee', 'employeeA1', '2026-12-21');
    const second = await aDay(w, 'employee', 'employeeA1', '2026-12-22');
    await approve(w, first);
    await approve(w, second);
    const before = await quota('employee', 'employeeA1', '2026-12');
    w.setNow('2026-12-20T18:00:00+01:00');
    const revoked = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${first}/revocation`, payload: { reason: 'Sopralluogo tecnico' } });
    expect(revoked.json()).toMatchObject({ status: 'revoked', revocation: { reason: 'Sopralluogo tecnico' } });
    const after = await quota('employee', 'employeeA1', '2026-12');
    expect(after.recovered).toBe(before.recovered + 1);
    expect(after.remaining).toBe(before.remaining + 1);
    w.setNow('2026-12-22T08:00:00+01:00');
    const tooLate = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${second}/revocation`, payload: { reason: 'x' } });
    expect(problem(tooLate)).toMatchObject({ code: 'REVOCATION_TOO_LATE' });
    const pendingRevoke = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${first}/revocation`, payload: { reason: 'x' } });
    expect(problem(pendingRevoke).code).toBe('INVALID_STATE');
  });

  it('art. 10.2 — the employee cancels an approved day at 06:59 of the day, not at 07:00; the day returns to the quota', async () => {
    const early = await aDay(w, 'employee', 'employeeA1', '2026-12-10');
    const late = await aDay(w, 'employee', 'employeeA1', '2026-12-11');
    await approve(w, early);
    await approve(w, late);
    expect((await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${early}/cancellation` })).statusCode).toBe(403);
    const before = await quota('employee', 'employeeA1', '2026-12');
    w.setNow('2026-12-10T06:59:00+01:00');
    const ok = await w.as('employee', { method: 'POST', url: `/api/v1/agile-days/${early}/cancellation` });
    expect(ok.json().status).toBe('cancelled');
    expect((await quota('employee', 'employeeA1', '2026-12')).remaining).toBe(before.remaining + 1);
    w.setNow('2026-12-11T07:00:00+01:00');
    expect(problem(await w.as('employee', { method: 'POST', url: `/api/v1/agile-days/${late}/cancellation` })).code).toBe('CANCELLATION_TOO_LATE');
  });

  it('art. 11.2, 19 — the manager verifies results after the day, not on it, and sees what waits for verification', async () => {
    const id = await aDay(w, 'employee', 'employeeA1', '2026-11-27');
    await approve(w, id);
    w.setNow('2026-11-27T17:00:00+01:00');
    expect(problem(await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${id}/verification`, payload: { outcome: 'done' } })).code).toBe('VERIFICATION_TOO_EARLY');
    w.setNow('2026-11-30T09:00:00+01:00');
    const waiting = (await w.as('manager', { url: '/api/v1/agile-days?toVerify=true' })).json();
    expect(waiting.items.map((d: { id: string }) => d.id)).toContain(id);
    const res = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${id}/verification`, payload: { outcome: 'partly', note: 'Due pratiche su tre' } });
    expect(res.json().verification).toMatchObject({ outcome: 'partly', note: 'Due pratiche su tre' });
    expect((await w.as('manager', { url: '/api/v1/agile-days?toVerify=true' })).json().items.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await w.as('employee', { method: 'POST', url: `/api/v1/agile-days/${id}/verification`, payload: { outcome: 'done' } })).statusCode).toBe(403);
  });

  it('art. 10.1 — bulk decisions never approve a late exceptional request, which is decided alone', async () => {
    w.setNow('2027-01-04T10:00:00+01:00');
    const normal = await aDay(w, 'employee', 'employeeA1', '2027-01-08');
    const late = await requestDay(w, 'employee', 'employeeA1', '2027-01-05', { exceptional: true, reason: 'Consegna urgente' });
    const res = await w.as('manager', { method: 'POST', url: '/api/v1/agile-days/approvals', payload: { ids: [normal, late.json().id], decision: 'approve' } });
    expect(res.json().results).toEqual([
      { id: normal, ok: true, status: 'approved' },
      { id: late.json().id, ok: false, code: 'EXPLICIT_APPROVAL_NEEDED', detail: expect.stringContaining('singolarmente') },
    ]);
    expect((await approve(w, late.json().id)).status).toBe('approved');
  });
});

describe('who sees which days', () => {
  it('the employee sees their own, the manager their unit, the director the directorate, HR everybody; the evaluator none', async () => {
    const ids = (user: string) => w.as(user, { url: '/api/v1/agile-days?month=2026-12' }).then((r) => r.json().items.map((d: { employeeId: string }) => d.employeeId) as string[]);
    expect(new Set(await ids('employee'))).toEqual(new Set([w.people.employeeA1]));
    expect(new Set(await ids('manager'))).toEqual(new Set([w.people.employeeA1, w.people.colleagueA1]));
    expect(new Set(await ids('hr'))).toEqual(new Set([w.people.employeeA1, w.people.colleagueA1, w.people.employeeB1]));
    expect(new Set(await ids('employee-b'))).toEqual(new Set([w.people.employeeB1]));
    expect((await w.as('evaluator', { url: '/api/v1/agile-days' })).statusCode).toBe(403);
    expect((await w.as('employee-b', { url: `/api/v1/employees/${w.people.employeeA1}/quota` })).statusCode).toBe(403);
    expect((await w.as('employee', { url: `/api/v1/units/${w.unitA1}/calendar` })).statusCode).toBe(403);
  });

  it('tells the manager of a new request and the employee of the decision, once the window is open', async () => {
    const id = await aDay(w, 'employee', 'employeeA1', '2026-12-18');
    const managerInbox = (await w.as('manager', { url: '/api/v1/notifications' })).json();
    expect(managerInbox.find((n: { entityId: string }) => n.entityId === id)).toMatchObject({ title: 'Nuova richiesta di lavoro agile', body: expect.stringContaining('18/12/2026') });
    await approve(w, id);
    const mine = (await w.as('employee', { url: '/api/v1/notifications' })).json();
    expect(mine.find((n: { entityId: string }) => n.entityId === id)).toMatchObject({ title: 'Lavoro agile autorizzato il 18/12/2026' });
  });
});
