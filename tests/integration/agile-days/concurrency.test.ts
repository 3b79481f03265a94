import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anActiveAgreement, requestDay } from '../../fixtures/agile-days.js';
import { World } from '../../fixtures/world.js';

// On PostgreSQL (project integration-postgres) these requests really race on a pool of connections.
let w: World;
beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 3 });
  await anActiveAgreement(w, 'colleagueA1', { monthlyQuota: 10 });
  await anActiveAgreement(w, 'managerA1', { monthlyQuota: 10 });
  await anActiveAgreement(w, 'directorA', { monthlyQuota: 10 });
});
afterAll(() => w.close());

/** The working days of January 2027 from the 4th on (the 1st and the 6th are holidays). */
const januaryWorkingDays = () => {
  const out: string[] = [];
  for (let d = 4; d <= 31; d++) {
    const date = `2027-01-${String(d).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && date !== '2027-01-06') out.push(date);
  }
  return out;
};

describe('art. 7, 7.4 — racing requests', () => {
  it('art. 7 — 50 simultaneous requests for different dates with 3 days left: exactly 3 accepted', async () => {
    const dates = januaryWorkingDays();
    await w.login('employee');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => requestDay(w, 'employee', 'employeeA1', dates[i % dates.length]!)));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    const codes = new Set(results.filter((r) => r.statusCode !== 201).map((r) => r.json().code));
    expect([...codes].every((c) => c === 'QUOTA_EXCEEDED' || c === 'DUPLICATE_DAY')).toBe(true);
    const quota = (await w.as('employee', { url: `/api/v1/employees/${w.people.employeeA1}/quota?month=2027-01` })).json();
    expect(quota).toMatchObject({ total: 3, pending: 3, remaining: 0 });
  });

  it('art. 10 — a double click on the same date makes one request', async () => {
    await w.login('colleague');
    const results = await Promise.all(Array.from({ length: 10 }, () => requestDay(w, 'colleague', 'colleagueA1', '2027-01-15')));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.statusCode !== 201).map((r) => r.json().code))).toEqual(new Set(['DUPLICATE_DAY']));
  });

  it('art. 7.4 — simultaneous requests of three people against a rotation limit of 2 never exceed it', async () => {
    await w.as('director', { method: 'PUT', url: `/api/v1/units/${w.unitA1}/rotation`, payload: { maxAgilePerDay: 2 } });
    const people: [string, string][] = [['colleague', 'colleagueA1'], ['manager', 'managerA1'], ['director', 'directorA']];
    for (const [user] of people) await w.login(user);
    // February: the first test leaves employeeA1's three January days on dates nobody can foresee.
    for (const date of ['2027-02-15', '2027-02-16', '2027-02-17']) {
      const results = await Promise.all(people.map(([user, key]) => requestDay(w, user, key, date)));
      expect(results.filter((r) => r.statusCode === 201), `${date}: ${results.map((r) => r.body).join(' / ')}`).toHaveLength(2);
      expect(results.find((r) => r.statusCode !== 201)!.json().code).toBe('UNIT_CAPACITY_REACHED');
    }
    const calendar = (await w.as('director', { url: `/api/v1/units/${w.unitA1}/calendar?month=2027-02` })).json();
    for (const day of calendar.days) expect(day.approved + day.pending, day.date).toBeLessThanOrEqual(2);
  });
});
