import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDraftAgreement, signAll } from '../../fixtures/agreements.js';
import { World } from '../../fixtures/world.js';

let w: World;
let id: string;
beforeAll(async () => {
  w = await World.create();
  id = await aDraftAgreement(w);
  await signAll(w, id);
  w.setNow('2026-12-01T09:00:00+01:00');
});
afterAll(() => w.close());

describe('art. 9.4 — ex-officio revocation after six months without agile days', () => {
  it('lists nothing inactive before six months, refuses the revocation with INVALID_STATE', async () => {
    w.setNow('2027-05-31T09:00:00+02:00');
    expect((await w.as('hr', { url: '/api/v1/agreements?inactiveMonths=6' })).json().total).toBe(0);
    const res = await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${id}/revocation`, payload: { reason: 'Nessuna giornata richiesta' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INVALID_STATE');
  });

  it('lists the agreement for HR from six months after its start', async () => {
    w.setNow('2027-06-01T09:00:00+02:00');
    const list = (await w.as('hr', { url: '/api/v1/agreements?inactiveMonths=6' })).json();
    expect(list.items).toEqual([expect.objectContaining({ id, status: 'active', inactiveSince: '2026-12-01' })]);
  });

  it('is HR’s alone, and needs a reason', async () => {
    for (const who of ['director', 'manager', 'employee', 'admin']) expect((await w.as(who, { method: 'POST', url: `/api/v1/agreements/${id}/revocation`, payload: { reason: 'x' } })).statusCode, who).toBe(403);
    expect((await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${id}/revocation`, payload: { reason: '' } })).json().code).toBe('REASON_REQUIRED');
  });

  it('revokes, and tells the employee and the manager', async () => {
    const res = await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${id}/revocation`, payload: { reason: 'Nessuna giornata richiesta da sei mesi' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', termination: { kind: 'revoked', date: '2027-06-01' } });
    expect((await w.as('employee', { url: '/api/v1/notifications' })).json()[0]).toMatchObject({ kind: 'agreement.revoked' });
    expect((await w.as('manager', { url: '/api/v1/notifications' })).json()[0]).toMatchObject({ kind: 'agreement.revoked', title: expect.stringContaining('tua unità') });
    const again = await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${id}/revocation`, payload: { reason: 'x' } });
    expect(again.json().code).toBe('INVALID_STATE');
  });
});

describe('art. 9.3 — transfer, lapse and reactivation', () => {
  let agreement: string;
  it('keeps the agreement when the move stays inside the directorate', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    agreement = await aDraftAgreement(w, 'colleague', 'colleagueA1');
    await signAll(w, agreement, ['colleague', 'director', 'hr']);
    w.setNow('2027-01-10T10:00:00+01:00');
    const res = await w.as('hr', { method: 'POST', url: `/api/v1/employees/${w.people.colleagueA1}/transfer`, payload: { unitId: w.unitA2, date: '2027-01-10' } });
    expect(res.json()).toEqual({ employeeId: w.people.colleagueA1, unitId: w.unitA2, lapsedAgreementIds: [] });
    expect((await w.as('hr', { url: `/api/v1/agreements/${agreement}` })).json().status).toBe('active');
  });

  it('lapses the agreement on the date of a move to another directorate, and tells the employee', async () => {
    w.setNow('2027-02-15T10:00:00+01:00');
    const res = await w.as('hr', { method: 'POST', url: `/api/v1/employees/${w.people.colleagueA1}/transfer`, payload: { unitId: w.unitB1, date: '2027-02-15' } });
    expect(res.json().lapsedAgreementIds).toEqual([agreement]);
    const detail = (await w.as('hr', { url: `/api/v1/agreements/${agreement}` })).json();
    expect(detail).toMatchObject({ status: 'lapsed', termination: { kind: 'lapsed', date: '2027-02-15' } });
    expect((await w.as('colleague', { url: '/api/v1/notifications' })).json()[0].kind).toBe('agreement.lapsed');
    const history = (await w.as('hr', { url: `/api/v1/employees/${w.people.colleagueA1}/unit-history` })).json();
    expect(history.at(-1)).toMatchObject({ directorateName: 'Direzione B', from: '2027-02-15' });
  });

  it('refuses a transfer dated in the future and any caller but HR', async () => {
    expect((await w.as('hr', { method: 'POST', url: `/api/v1/employees/${w.people.employeeA2}/transfer`, payload: { unitId: w.unitB1, date: '2027-03-01' } })).statusCode).toBe(400);
    expect((await w.as('director', { method: 'POST', url: `/api/v1/employees/${w.people.employeeA2}/transfer`, payload: { unitId: w.unitB1, date: '2027-02-15' } })).statusCode).toBe(403);
  });

  it('lets the new directorate reactivate it for the residual period, with new signatures; not the old one', async () => {
    expect((await w.as('director', { method: 'POST', url: `/api/v1/agreements/${agreement}/reactivation` })).statusCode).toBe(403);
    const res = await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${agreement}/reactivation` });
    expect(res.statusCode).toBe(201);
    const original = (await w.as('hr', { url: `/api/v1/agreements/${agreement}` })).json();
    expect(res.json()).toMatchObject({ status: 'draft', previousAgreementId: agreement, endDate: original.endDate, signatures: [], requiredSigners: ['employee', 'director', 'hr'] });
    expect((await w.as('hr', { method: 'POST', url: `/api/v1/agreements/${agreement}/reactivation` })).statusCode).toBe(409);
  });
});

describe('HR lists', () => {
  it('shows an agreement expiring in exactly 60 days, not one expiring in 61', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    const running = await aDraftAgreement(w, 'employee-a2', 'employeeA2');
    await signAll(w, running, ['employee-a2', 'director', 'hr']);
    w.setNow('2029-09-23T10:00:00+02:00');
    expect((await w.as('hr', { url: '/api/v1/agreements?expiringWithinDays=60' })).json().total).toBe(0);
    w.setNow('2029-09-24T10:00:00+02:00');
    const within = (await w.as('hr', { url: '/api/v1/agreements?expiringWithinDays=60' })).json();
    expect(within.items).toEqual([expect.objectContaining({ id: running, endDate: '2029-11-23', status: 'active' })]);
    w.setNow('2029-11-24T10:00:00+01:00');
    expect((await w.as('hr', { url: `/api/v1/agreements/${running}` })).json().status).toBe('expired');
  });

  it('filters by state, and shows each person only what they may see', async () => {
    w.setNow('2027-02-15T10:00:00+01:00');
    expect((await w.as('hr', { url: '/api/v1/agreements?status=revoked' })).json().total).toBe(1);
    expect((await w.as('employee-b', { url: '/api/v1/agreements' })).json().total).toBe(0);
    expect((await w.as('evaluator', { url: '/api/v1/agreements' })).statusCode).toBe(403);
  });
});

describe('annexes of the agreement (art. 8.1, 16–18)', () => {
  it('offers Italian defaults that HR may rewrite, and nobody else', async () => {
    const list = (await w.as('employee', { url: '/api/v1/agreement-annexes' })).json();
    expect(list.map((a: { kind: string; custom: boolean }) => [a.kind, a.custom])).toEqual([['safety', false], ['it_privacy', false]]);
    expect(list[1].body).toContain('controllo a distanza');
    expect((await w.as('director', { method: 'PUT', url: '/api/v1/agreement-annexes/safety', payload: { title: 'X', body: 'Y' } })).statusCode).toBe(403);
    const res = await w.as('hr', { method: 'PUT', url: '/api/v1/agreement-annexes/safety', payload: { title: 'Allegato 1 — Sicurezza', body: 'Testo dell’ente' } });
    expect(res.json()[0]).toMatchObject({ kind: 'safety', custom: true, body: 'Testo dell’ente' });
  });
});
