import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../../../src/platform/actor.js';
import { releaseNoShows } from '../../../src/modules/workplaces/services/bookings.js';
import { aDay, anActiveAgreement, approve } from '../../fixtures/agile-days.js';
import { COWORKING, MUNICIPAL, aDesk, aSite, book } from '../../fixtures/workplaces.js';
import { World } from '../../fixtures/world.js';

let w: World;
let municipal: string;
let coworking: string;
let desk: { id: string; checkInCode: string };
let desk2: { id: string; checkInCode: string };
let coDesk: { id: string; checkInCode: string };
beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 10 });
  await anActiveAgreement(w, 'colleagueA1', { monthlyQuota: 10 });
  municipal = await aSite(w, MUNICIPAL);
  coworking = await aSite(w, COWORKING);
  desk = await aDesk(w, municipal, 'L-101');
  desk2 = await aDesk(w, municipal, 'L-102');
  coDesk = await aDesk(w, coworking, 'C-01', 'hr');
});
afterAll(() => w.close());
beforeEach(() => w.setNow('2026-11-23T10:00:00+01:00'));

const code = (res: { json: () => { code: string } }) => res.json().code;
const quota = async () => (await w.as('employee', { url: `/api/v1/employees/${w.people.employeeA1}/quota?month=2026-11` })).json();

describe('POLA § 4.2, art. 15 booking a desk', () => {
  it('art. 15.4 — a municipal desk is booked on an office day without an agile day, and the quota does not move', async () => {
    const before = await quota();
    const res = await book(w, 'employee', desk.id, '2026-11-25');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'booked', siteKind: 'municipal', agileDayId: null, deskLabel: 'L-101' });
    expect(await quota()).toEqual(before);
  });

  it('art. 15.4 — a coworking desk needs an approved agile day that date; pending is not enough', async () => {
    expect(code(await book(w, 'employee', coDesk.id, '2026-11-26'))).toBe('NO_AGILE_DAY');
    const day = await aDay(w, 'employee', 'employeeA1', '2026-11-26');
    expect(code(await book(w, 'employee', coDesk.id, '2026-11-26'))).toBe('NO_AGILE_DAY');
    await approve(w, day);
    const res = await book(w, 'employee', coDesk.id, '2026-11-26');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ siteKind: 'coworking', agileDayId: day });
  });

  it('one desk holds one person a day (DESK_TAKEN), one person one desk a day (ALREADY_BOOKED)', async () => {
    const taken = await book(w, 'colleague', desk.id, '2026-11-25');
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'DESK_TAKEN', field: 'deskId' });
    expect(code(await book(w, 'employee', desk2.id, '2026-11-25'))).toBe('ALREADY_BOOKED');
    expect((await book(w, 'colleague', desk2.id, '2026-11-25')).statusCode).toBe(201);
  });

  it('refuses closed days (Saturday at a municipal site, the patron saint) and desks that are not bookable', async () => {
    expect(code(await book(w, 'employee', desk.id, '2026-11-28'))).toBe('SITE_CLOSED');
    expect(code(await book(w, 'employee', desk.id, '2026-12-07'))).toBe('SITE_CLOSED');
    expect((await book(w, 'employee', desk.id, '2026-12-09')).statusCode).toBe(201);
    await w.as('facilities', { method: 'PATCH', url: `/api/v1/desks/${desk2.id}`, payload: { bookable: false } });
    expect(code(await book(w, 'employee', desk2.id, '2026-12-10'))).toBe('DESK_NOT_BOOKABLE');
    await w.as('facilities', { method: 'PATCH', url: `/api/v1/desks/${desk2.id}`, payload: { bookable: true } });
  });

  it('art. 10.2, 15.4 — cancelling the agile day frees the coworking desk and tells the employee', async () => {
    const day = await aDay(w, 'employee', 'employeeA1', '2026-11-27');
    await approve(w, day);
    const booking = (await book(w, 'employee', coDesk.id, '2026-11-27')).json();
    const cancelled = await w.as('employee', { method: 'POST', url: `/api/v1/agile-days/${day}/cancellation` });
    expect(cancelled.statusCode).toBe(200);
    const mine = (await w.as('employee', { url: '/api/v1/bookings?from=2026-11-27&to=2026-11-27' })).json();
    expect(mine.find((b: { id: string }) => b.id === booking.id)).toMatchObject({ status: 'cancelled', cancellationReason: expect.stringContaining('annullata') });
    const inbox = (await w.as('employee', { url: '/api/v1/notifications' })).json();
    expect(inbox.map((n: { title: string }) => n.title)).toContain('Prenotazione annullata: 27/11/2026');
    expect((await book(w, 'colleague', coDesk.id, '2026-11-27')).json().code).toBe('NO_AGILE_DAY');
  });

  it('cancels a booking until 07:00 of the day, not at 07:00; checks in with the desk’s code by the deadline', async () => {
    const a = (await book(w, 'employee', desk.id, '2026-12-01')).json();
    const b = (await book(w, 'employee', desk.id, '2026-12-02')).json();
    w.setNow('2026-12-01T06:59:00+01:00');
    expect((await w.as('employee', { method: 'POST', url: `/api/v1/bookings/${a.id}/cancellation` })).json().status).toBe('cancelled');
    w.setNow('2026-12-02T07:00:00+01:00');
    expect(code(await w.as('employee', { method: 'POST', url: `/api/v1/bookings/${b.id}/cancellation` }))).toBe('CANCELLATION_TOO_LATE');
    expect((await w.as('colleague', { method: 'POST', url: `/api/v1/bookings/${b.id}/check-in`, payload: {} })).statusCode).toBe(403);
    expect(code(await w.as('employee', { method: 'POST', url: `/api/v1/bookings/${b.id}/check-in`, payload: { code: 'sbagliato' } }))).toBe('WRONG_DESK');
    const ok = await w.as('employee', { method: 'POST', url: `/api/v1/bookings/${b.id}/check-in`, payload: { code: desk.checkInCode } });
    expect(ok.json()).toMatchObject({ status: 'checked_in' });
  });

});

describe('finding a place', () => {
  it('sorts sites by distance from the employee’s home and shows the free desks of the day', async () => {
    const list = (await w.as('employee', { url: '/api/v1/sites?near=Monza&date=2026-11-25' })).json();
    expect(list.map((s: { name: string }) => s.name)).toEqual(['Cowork Monza Centro', 'Sede di via Larga']);
    expect(list[0].distanceKm).toBeLessThan(2);
    expect(list[1].distanceKm).toBeGreaterThan(10);
    expect(list[1]).toMatchObject({ freeDesks: 0, open: true, agileWorkPlace: false });
    expect(list[0]).toMatchObject({ freeDesks: 1, agileWorkPlace: true });
    const unknown = await w.as('employee', { url: '/api/v1/sites?near=Atlantide' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toBe('near');
    const byCode = (await w.as('employee', { url: '/api/v1/sites?near=108033' })).json();
    expect(byCode[0].name).toBe('Cowork Monza Centro');
  });

  it('suggests Italian municipalities by name, accents aside, with their ISTAT code', async () => {
    const found = (await w.as('employee', { url: '/api/v1/municipalities?q=cantu' })).json();
    expect(found[0]).toMatchObject({ istat: '013041', name: 'Cantù', province: 'CO', region: 'Lombardia' });
    expect(found[0].lat).toBeCloseTo(45.74, 1);
    const short = await w.as('employee', { url: '/api/v1/municipalities?q=c' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0]).toMatchObject({ field: 'querystring.q', detail: 'Almeno due lettere' });
  });

  it('gives a week view of a site, marking my desk', async () => {
    const week = (await w.as('employee', { url: `/api/v1/sites/${municipal}/availability?from=2026-11-23&to=2026-11-29` })).json();
    expect(week.days.find((d: { date: string }) => d.date === '2026-11-25')).toMatchObject({ open: true, bookable: 2, booked: 2, free: 0 });
    expect(week.days.find((d: { date: string }) => d.date === '2026-11-28')).toMatchObject({ open: false, free: 0 });
    const l101 = week.desks.find((d: { label: string }) => d.label === 'L-101');
    expect(l101.days.find((d: { date: string }) => d.date === '2026-11-25')).toEqual({ date: '2026-11-25', taken: true, mine: true });
  });
});

describe('POLA § 4.2 — no-shows', () => {
  it('POLA § 4.2 — a booking not checked in by 10:00 becomes a no-show and frees the desk; at 09:59 it holds', async () => {
    const b = (await book(w, 'employee', desk.id, '2026-12-03')).json();
    const run = () => w.engine.db.transaction((tx) => releaseNoShows(tx, { organizationId: w.organizationId, actor: systemActor(w.organizationId, 'test'), clock: w.clock, engine: w.engine }));
    w.setNow('2026-12-03T09:59:00+01:00');
    await run();
    expect((await w.as('employee', { method: 'POST', url: `/api/v1/bookings/${b.id}/check-in`, payload: {} })).statusCode).toBe(200);
    const c = (await book(w, 'colleague', desk.id, '2026-12-04')).json();
    w.setNow('2026-12-04T10:00:00+01:00');
    expect(code(await w.as('colleague', { method: 'POST', url: `/api/v1/bookings/${c.id}/check-in`, payload: {} }))).toBe('CHECK_IN_TOO_LATE');
    await run();
    expect((await w.as('colleague', { url: '/api/v1/bookings?from=2026-12-04&to=2026-12-04' })).json()[0].status).toBe('no_show');
    expect((await book(w, 'employee', desk.id, '2026-12-04')).statusCode).toBe(201);
  });
});
