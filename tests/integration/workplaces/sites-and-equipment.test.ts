import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anActiveAgreement } from '../../fixtures/agile-days.js';
import { authorizationMatrix, type Operation } from '../../fixtures/matrix.js';
import { COWORKING, MUNICIPAL, aDesk, aSite } from '../../fixtures/workplaces.js';
import { World } from '../../fixtures/world.js';

let w: World;
let municipal: string;
let coworking: string;
let desk: string;
let laptop: string;
beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 8 });
  await anActiveAgreement(w, 'colleagueA1', { monthlyQuota: 8 });
  municipal = await aSite(w, MUNICIPAL);
  coworking = await aSite(w, COWORKING);
  desk = (await aDesk(w, municipal, 'L-201')).id;
  laptop = (await w.as('it', { method: 'POST', url: '/api/v1/equipment', payload: { type: 'laptop', model: 'ThinkPad T14', serial: 'PF3X9', assetTag: 'INV-000001' } })).json().id;
});
afterAll(() => w.close());

describe('POLA § 4.2 sites and desks', () => {
  it('actions 2.2.x — a coworking site without its convention is refused, naming the field', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/sites', payload: { ...COWORKING, convention: null } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'conventionReference' });
    const hours = await w.as('facilities', { method: 'POST', url: '/api/v1/sites', payload: { ...MUNICIPAL, opens: '19:00', closes: '08:00' } });
    expect(hours.json().field).toBe('closes');
  });

  it('Facilities manage municipal sites, HR the others; the check-in code is theirs to print', async () => {
    expect((await w.as('hr', { method: 'PATCH', url: `/api/v1/sites/${municipal}`, payload: { contact: 'x' } })).statusCode).toBe(403);
    expect((await w.as('facilities', { method: 'PATCH', url: `/api/v1/sites/${coworking}`, payload: { contact: 'x' } })).statusCode).toBe(403);
    const patched = await w.as('facilities', { method: 'PATCH', url: `/api/v1/sites/${municipal}`, payload: { accessProtocol: 'Badge all’ingresso, registro visitatori' } });
    expect(patched.json()).toMatchObject({ accessProtocol: 'Badge all’ingresso, registro visitatori', privateRoom: true });
    const asEmployee = (await w.as('employee', { url: `/api/v1/sites/${municipal}/desks` })).json();
    expect(asEmployee[0].checkInCode).toBeNull();
    expect((await w.as('facilities', { url: `/api/v1/sites/${municipal}/desks` })).json()[0].checkInCode).toMatch(/^[\w-]{12}$/);
    expect((await w.as('facilities', { method: 'POST', url: `/api/v1/sites/${municipal}/desks`, payload: { label: 'L-201' } })).json().code).toBe('DUPLICATE_CODE');
  });
});

describe('art. 14 equipment', () => {
  it('art. 14.1 — IT assigns a laptop, the employee acknowledges the receipt, the PDF says so; a second assignment is refused', async () => {
    const assigned = await w.as('it', { method: 'POST', url: `/api/v1/equipment/${laptop}/assignment`, payload: { employeeId: w.people.employeeA1, from: '2026-11-23' } });
    expect(assigned.json()).toMatchObject({ state: 'assigned', assignment: { employeeId: w.people.employeeA1, acknowledgedAt: null } });
    const again = await w.as('it', { method: 'POST', url: `/api/v1/equipment/${laptop}/assignment`, payload: { employeeId: w.people.colleagueA1, from: '2026-11-24' } });
    expect(again.json().code).toBe('INVALID_STATE');
    const assignmentId = assigned.json().assignment.id;
    expect((await w.as('colleague', { method: 'POST', url: `/api/v1/equipment-assignments/${assignmentId}/acknowledgement` })).statusCode).toBe(403);
    const ack = await w.as('employee', { method: 'POST', url: `/api/v1/equipment-assignments/${assignmentId}/acknowledgement` });
    expect(ack.json().assignment.acknowledgedAt).not.toBeNull();
    const pdf = await w.as('employee', { url: `/api/v1/equipment-assignments/${assignmentId}/receipt.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await w.as('employee', { url: '/api/v1/equipment' })).json().map((e: { assetTag: string }) => e.assetTag)).toEqual(['INV-000001']);
    expect((await w.as('colleague', { url: '/api/v1/equipment' })).json()).toEqual([]);
  });

  it('art. 14.1 — the return puts the laptop back in stock or into repair; assigned state is not set by hand', async () => {
    expect((await w.as('it', { method: 'PATCH', url: `/api/v1/equipment/${laptop}`, payload: { state: 'retired' } })).json().code).toBe('INVALID_STATE');
    const early = await w.as('it', { method: 'POST', url: `/api/v1/equipment/${laptop}/return`, payload: { on: '2026-11-01' } });
    expect(early.json().field).toBe('on');
    const back = await w.as('it', { method: 'POST', url: `/api/v1/equipment/${laptop}/return`, payload: { state: 'repair' } });
    expect(back.json()).toMatchObject({ state: 'repair', assignment: null });
    expect((await w.as('it', { method: 'POST', url: '/api/v1/equipment', payload: { type: 'laptop', assetTag: 'INV-000001' } })).statusCode).toBe(409);
  });

  it('art. 14.2, action 6.2.1 — own devices need the IT policy acknowledged', async () => {
    const refused = await w.as('colleague', { method: 'PUT', url: `/api/v1/employees/${w.people.colleagueA1}/own-devices`, payload: { usesOwnDevices: true, devices: 'PC di casa', policyAcknowledged: false } });
    expect(refused.json()).toMatchObject({ code: 'POLICY_NOT_ACKNOWLEDGED', field: 'policyAcknowledged' });
    const ok = await w.as('colleague', { method: 'PUT', url: `/api/v1/employees/${w.people.colleagueA1}/own-devices`, payload: { usesOwnDevices: true, devices: 'PC di casa', policyAcknowledged: true } });
    expect(ok.json()).toMatchObject({ usesOwnDevices: true, devices: 'PC di casa' });
    expect(ok.json().policyAcknowledgedAt).not.toBeNull();
    expect((await w.as('employee', { method: 'PUT', url: `/api/v1/employees/${w.people.colleagueA1}/own-devices`, payload: { usesOwnDevices: false, policyAcknowledged: false } })).statusCode).toBe(403);
  });

  it('Tabella J 6.1, (A) — shares of agile workers with laptop and phone and with own devices; VDI licences against the plan', async () => {
    for (const [type, tag] of [['laptop', 'INV-1'], ['smartphone', 'INV-2'], ['vdi_licence', 'VDI-1'], ['vdi_licence', 'VDI-2']] as const) {
      const id = (await w.as('it', { method: 'POST', url: '/api/v1/equipment', payload: { type, assetTag: tag } })).json().id;
      await w.as('it', { method: 'POST', url: `/api/v1/equipment/${id}/assignment`, payload: { employeeId: w.people.employeeA1, from: '2026-11-23' } });
    }
    await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { plannedVdiLicences: 8 } } });
    const report = (await w.as('evaluator', { url: '/api/v1/reports/equipment' })).json();
    expect(report).toMatchObject({ agileWorkers: 2, withLaptopAndPhone: 1, withLaptopAndPhoneShare: 50, vdiLicences: 2, vdiPlanned: 8, vdiCoverage: 25, withOwnDevices: 1, withOwnDevicesShare: 50 });
    expect(report.byType.find((t: { type: string }) => t.type === 'laptop')).toMatchObject({ assigned: 1, repair: 1 });
  });

  it('Tabella J 2.1–2.2 — desks activated at municipal and convention sites, and occupancy per site and day', async () => {
    await w.as('employee', { method: 'POST', url: '/api/v1/bookings', payload: { deskId: desk, date: '2026-11-25' } });
    const report = (await w.as('hr', { url: '/api/v1/reports/workplaces?from=2026-11-01&to=2026-11-30' })).json();
    expect(report).toMatchObject({ municipalDesks: 1, nonMunicipalConventions: 1, nonMunicipalDesks: 0 });
    expect(report.occupancy).toEqual([expect.objectContaining({ siteId: municipal, date: '2026-11-25', desks: 1, booked: 1, checkedIn: 0, occupancy: 0 })]);
    expect(report.bySite).toEqual([expect.objectContaining({ siteId: municipal, days: 1, deskDays: 1, booked: 1, checkedIn: 0, occupancy: 0 })]);
    expect((await w.as('employee', { url: '/api/v1/reports/workplaces?from=2026-11-01&to=2026-11-30' })).statusCode).toBe(403);
  });
});

const operations: Operation[] = [
  { name: 'list sites', allowed: ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'evaluator', 'admin'], request: () => ({ url: '/api/v1/sites' }) },
  { name: 'create a municipal site', allowed: ['facilities'], request: () => ({ method: 'POST', url: '/api/v1/sites', payload: { ...MUNICIPAL, name: `Sede ${Math.random()}` } }) },
  { name: 'create a coworking site', allowed: ['hr'], request: () => ({ method: 'POST', url: '/api/v1/sites', payload: { ...COWORKING, name: `Cowork ${Math.random()}` } }) },
  { name: 'add a municipal desk', allowed: ['facilities'], request: () => ({ method: 'POST', url: `/api/v1/sites/${municipal}/desks`, payload: { label: `D-${Math.random()}` } }) },
  { name: 'book a desk', allowed: ['employee', 'manager', 'director', 'hr'], request: () => ({ method: 'POST', url: '/api/v1/bookings', payload: { deskId: desk, date: '2026-12-15' } }) },
  { name: 'register equipment', allowed: ['it'], request: () => ({ method: 'POST', url: '/api/v1/equipment', payload: { type: 'headset', assetTag: `H-${Math.random()}` } }) },
  { name: 'read the register (an employee: what they hold)', allowed: ['it', 'employee', 'manager', 'director', 'hr'], request: () => ({ url: '/api/v1/equipment' }) },
  { name: 'equipment figures', allowed: ['hr', 'evaluator', 'admin', 'facilities', 'it'], request: () => ({ url: '/api/v1/reports/equipment' }) },
];

describe('authorization matrix of the workplaces API', () => {
  authorizationMatrix(() => w, operations);
});
