import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDay, anActiveAgreement, approve } from '../../fixtures/agile-days.js';
import { authorizationMatrix, type Operation } from '../../fixtures/matrix.js';
import { World } from '../../fixtures/world.js';

let w: World;
let pending: string;
let approved: string;
let past: string;
let extension: string;
let bankRequest: string;
let webhook: string;
beforeAll(async () => {
  w = await World.create();
  w.setNow('2026-11-02T10:00:00+01:00');
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 20 });
  past = await aDay(w, 'employee', 'employeeA1', '2026-11-05');
  await approve(w, past);
  w.setNow('2026-11-23T10:00:00+01:00');
  pending = await aDay(w, 'employee', 'employeeA1', '2026-11-26');
  approved = await aDay(w, 'employee', 'employeeA1', '2026-11-27');
  await approve(w, approved);
  extension = (await w.as('employee', { method: 'POST', url: '/api/v1/extensions', payload: { employeeId: w.people.employeeA1, criterion: 'commute', from: '2026-12-01', to: '2026-12-31', extraDaysPerMonth: 1, note: 'Pendolare da Pavia' } })).json().id;
  bankRequest = (await w.as('employee', { method: 'POST', url: '/api/v1/bank/requests', payload: { employeeId: w.people.employeeA1, month: '2026-12', days: 1, criterion: 'care' } })).json().id;
  webhook = (await w.as('admin', { method: 'POST', url: '/api/v1/webhooks', payload: { url: 'http://127.0.0.1:9/presenze' } })).json().id;
});
afterAll(() => w.close());

/** Each operation of the agile-days API and the roles allowed past authorization (anything but 403). */
const operations: Operation[] = [
  { name: 'read a quota', allowed: ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'admin'], request: () => ({ url: `/api/v1/employees/${w.people.employeeA1}/quota` }) },
  { name: 'read "il mio mese"', allowed: ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'admin'], request: () => ({ url: `/api/v1/employees/${w.people.employeeA1}/calendar` }) },
  { name: 'request a day for employee A1', allowed: ['employee'], request: () => ({ method: 'POST', url: '/api/v1/agile-days', payload: { employeeId: w.people.employeeA1, date: '2026-11-30', activities: 'Relazione' } }) },
  { name: 'list days', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: '/api/v1/agile-days' }) },
  { name: 'approve a day', allowed: ['manager', 'director'], request: () => ({ method: 'POST', url: `/api/v1/agile-days/${pending}/approval`, payload: { decision: 'approve' } }) },
  { name: 'decide in bulk', allowed: ['manager', 'director'], request: () => ({ method: 'POST', url: '/api/v1/agile-days/approvals', payload: { ids: [pending], decision: 'approve' } }) },
  { name: 'revoke a day', allowed: ['manager', 'director'], request: () => ({ method: 'POST', url: `/api/v1/agile-days/${approved}/revocation`, payload: { reason: 'Servizio' } }) },
  { name: 'cancel a day', allowed: ['employee'], request: () => ({ method: 'POST', url: `/api/v1/agile-days/${pending}/cancellation` }) },
  { name: 'verify a day', allowed: ['manager', 'director'], request: () => ({ method: 'POST', url: `/api/v1/agile-days/${past}/verification`, payload: { outcome: 'done' } }) },
  { name: 'ask an extension for employee A1', allowed: ['employee', 'hr'], request: () => ({ method: 'POST', url: '/api/v1/extensions', payload: { employeeId: w.people.employeeA1, criterion: 'care', from: '2027-01-01', to: '2027-01-31', extraDaysPerMonth: 1, note: 'x' } }) },
  { name: 'list extensions', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: '/api/v1/extensions' }) },
  { name: 'decide an extension', allowed: ['director'], request: () => ({ method: 'POST', url: `/api/v1/extensions/${extension}/decision`, payload: { decision: 'approve' } }) },
  { name: 'read directorate A’s bank', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: `/api/v1/directorates/${w.directorateA}/bank` }) },
  { name: 'release days of employee A1', allowed: ['employee'], request: () => ({ method: 'POST', url: '/api/v1/bank/releases', payload: { employeeId: w.people.employeeA1, month: '2026-12', days: 1 } }) },
  { name: 'ask the bank for employee A1', allowed: ['employee'], request: () => ({ method: 'POST', url: '/api/v1/bank/requests', payload: { employeeId: w.people.employeeA1, month: '2026-12', days: 1, criterion: 'commute' } }) },
  { name: 'decide a bank request', allowed: ['director'], request: () => ({ method: 'POST', url: `/api/v1/bank/requests/${bankRequest}/decision`, payload: { decision: 'approve' } }) },
  { name: 'allocate the bank', allowed: ['director'], request: () => ({ method: 'POST', url: `/api/v1/directorates/${w.directorateA}/bank/allocation?month=2026-12` }) },
  { name: 'set the rotation', allowed: ['director', 'hr'], request: () => ({ method: 'PUT', url: `/api/v1/units/${w.unitA1}/rotation`, payload: { maxAgilePerDay: 5 } }) },
  { name: 'read the unit calendar', allowed: ['manager', 'director', 'hr'], request: () => ({ url: `/api/v1/units/${w.unitA1}/calendar` }) },
  { name: 'quotas report', allowed: ['hr', 'evaluator', 'admin'], request: () => ({ url: '/api/v1/reports/quotas?month=2026-11' }) },
  { name: 'create employee A1’s calendar address', allowed: ['employee'], request: () => ({ method: 'POST', url: `/api/v1/employees/${w.people.employeeA1}/calendar-token` }) },
  { name: 'export for the attendance system', allowed: ['hr', 'it', 'admin'], request: () => ({ url: '/api/v1/exports/agile-days?month=2026-11' }) },
  { name: 'list webhooks', allowed: ['it', 'admin'], request: () => ({ url: '/api/v1/webhooks' }) },
  { name: 'create a webhook', allowed: ['it', 'admin'], request: () => ({ method: 'POST', url: '/api/v1/webhooks', payload: { url: 'http://127.0.0.1:9/x' } }) },
  { name: 'delete a webhook', allowed: ['it', 'admin'], request: () => ({ method: 'DELETE', url: `/api/v1/webhooks/${webhook}` }) },
  { name: 'write to employee A1', allowed: ['manager', 'director', 'hr'], request: () => ({ method: 'POST', url: '/api/v1/notifications', payload: { employeeIds: [w.people.employeeA1], title: 'Avviso', body: 'Testo' } }) },
  { name: 'disconnection report', allowed: ['hr', 'evaluator', 'admin'], request: () => ({ url: '/api/v1/reports/disconnection' }) },
];

describe('authorization matrix of the agile-days API (role × operation)', () => {
  authorizationMatrix(() => w, operations);

  it('answers 401 to anyone not signed in, and the iCalendar feed only to its token', async () => {
    for (const op of operations) expect((await w.as(null, op.request())).statusCode, op.name).toBe(401);
    expect((await w.as(null, { url: `/api/v1/employees/${w.people.employeeA1}/agile-days.ics?token=${'a'.repeat(32)}` })).statusCode).toBe(401);
  });
});
