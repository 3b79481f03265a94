import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBJECTIVE, REMOTABLE, aDraftAgreement, mapEmployee } from '../../fixtures/agreements.js';
import { ROLES, authorizationMatrix, type Operation } from '../../fixtures/matrix.js';
import { World } from '../../fixtures/world.js';

let w: World;
let agreement: string;
let application: string;
let activity: string;
beforeAll(async () => {
  w = await World.create();
  agreement = await aDraftAgreement(w);
  application = (await w.as('hr', { url: '/api/v1/applications' })).json().items[0].id;
  ({ remote: activity } = await mapEmployee(w, 'colleagueA1'));
});
afterAll(() => w.close());

/** Each operation of the agreements API and the roles allowed past authorization (anything but 403). */
const operations: Operation[] = [
  { name: 'list activities', allowed: [...ROLES], request: () => ({ url: '/api/v1/activities' }) },
  { name: 'create activity', allowed: ['director', 'hr'], request: () => ({ method: 'POST', url: '/api/v1/activities', payload: { unitId: w.unitA1, year: 2026, name: 'Matrice', ...REMOTABLE } }) },
  { name: 'change activity', allowed: ['director', 'hr'], request: () => ({ method: 'PATCH', url: `/api/v1/activities/${activity}`, payload: { description: 'Aggiornata' } }) },
  { name: 'copy a year', allowed: ['hr'], request: () => ({ method: 'POST', url: '/api/v1/activity-years', payload: { from: 2026, to: 2030 } }) },
  { name: 'read an employee’s activities', allowed: ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'admin'], request: () => ({ url: `/api/v1/employees/${w.people.employeeA1}/activities` }) },
  { name: 'set an employee’s activities', allowed: ['director', 'hr'], request: () => ({ method: 'PUT', url: `/api/v1/employees/${w.people.colleagueA1}/activities`, payload: [{ activityId: activity, share: 50 }] }) },
  { name: 'contingents report', allowed: ['director', 'hr', 'evaluator', 'admin'], request: () => ({ url: '/api/v1/reports/contingents' }) },
  { name: 'submit an application for employee A1', allowed: ['employee'], request: () => ({ method: 'POST', url: '/api/v1/applications', payload: { employeeId: w.people.employeeA1, activityIds: [activity], plan: 'x', requestedDaysPerMonth: 4 } }) },
  { name: 'list applications', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: '/api/v1/applications' }) },
  { name: 'read an application', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: `/api/v1/applications/${application}` }) },
  { name: 'give the manager’s opinion', allowed: ['manager'], request: () => ({ method: 'POST', url: `/api/v1/applications/${application}/opinion`, payload: { opinion: 'favourable' } }) },
  { name: 'decide an application', allowed: ['director'], request: () => ({ method: 'POST', url: `/api/v1/applications/${application}/decision`, payload: { decision: 'approve' } }) },
  { name: 'list agreements', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: '/api/v1/agreements' }) },
  { name: 'read an agreement', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: `/api/v1/agreements/${agreement}` }) },
  { name: 'download the PDF', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ url: `/api/v1/agreements/${agreement}/document.pdf` }) },
  { name: 'edit the draft', allowed: ['director', 'hr'], request: () => ({ method: 'PATCH', url: `/api/v1/agreements/${agreement}`, payload: { objectives: [OBJECTIVE] } }) },
  { name: 'withdraw', allowed: ['employee', 'director', 'hr'], request: () => ({ method: 'POST', url: `/api/v1/agreements/${agreement}/withdrawal`, payload: { effectiveDate: '2027-06-01', reason: 'x' } }) },
  { name: 'revoke ex officio', allowed: ['hr'], request: () => ({ method: 'POST', url: `/api/v1/agreements/${agreement}/revocation`, payload: { reason: 'x' } }) },
  { name: 'reactivate', allowed: ['director', 'hr'], request: () => ({ method: 'POST', url: `/api/v1/agreements/${agreement}/reactivation` }) },
  { name: 'transfer an employee', allowed: ['hr'], request: () => ({ method: 'POST', url: `/api/v1/employees/${w.people.employeeA2}/transfer`, payload: { unitId: w.unitA2, date: '2026-11-23' } }) },
  { name: 'rewrite an annex', allowed: ['hr'], request: () => ({ method: 'PUT', url: '/api/v1/agreement-annexes/it_privacy', payload: { title: 'Allegato 2', body: 'Testo' } }) },
  { name: 'read the annexes', allowed: [...ROLES], request: () => ({ url: '/api/v1/agreement-annexes' }) },
];

describe('authorization matrix of the agreements API (role × operation)', () => {
  authorizationMatrix(() => w, operations);

  it('answers 401 to anyone not signed in', async () => {
    for (const op of operations) expect((await w.as(null, op.request())).statusCode, op.name).toBe(401);
  });
});
