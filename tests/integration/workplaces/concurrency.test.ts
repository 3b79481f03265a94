import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/platform/errors.js';
import { book } from '../../../src/modules/workplaces/services/bookings.js';
import { insertEmployee, openAssignment } from '../../../src/modules/organization/repositories/employees.js';
import { MUNICIPAL, aDesk, aSite } from '../../fixtures/workplaces.js';
import { World, anEmployee } from '../../fixtures/world.js';

// On PostgreSQL (project integration-postgres) the attempts really race on a pool of connections.
let w: World;
const people: string[] = [];
const desks: string[] = [];
beforeAll(async () => {
  w = await World.create();
  for (let i = 0; i < 100; i++) {
    const id = await insertEmployee(w.engine.db, w.organizationId, anEmployee(w.unitA2));
    await openAssignment(w.engine.db, w.organizationId, id, w.unitA2, w.directorateA, '2020-01-01');
    people.push(id);
  }
  const site = await aSite(w, MUNICIPAL);
  for (let i = 1; i <= 20; i++) desks.push((await aDesk(w, site, `P-${String(i).padStart(2, '0')}`)).id);
});
afterAll(() => w.close());

describe('POLA § 4.2 — racing bookings', () => {
  it('500 simultaneous attempts by 100 people on 20 desks for one day: exactly 20 bookings, nobody with two', async () => {
    const ctxOf = (employeeId: string) => ({
      organizationId: w.organizationId, engine: w.engine, clock: w.clock,
      actor: { userId: null, organizationId: w.organizationId, username: `p-${employeeId}`, roles: ['employee'] as const, employeeId },
    });
    const attempts = Array.from({ length: 500 }, (_, i) => ({ person: people[i % 100]!, desk: desks[(i * 7 + Math.floor(i / 100) * 3) % 20]! }));
    const results = await Promise.allSettled(attempts.map((a) => book(ctxOf(a.person), { deskId: a.desk, date: '2026-11-25' })));
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok).toHaveLength(20);
    const codes = new Set(results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason instanceof DomainError ? r.reason.code : String(r.reason))));
    expect([...codes].sort()).toEqual(['ALREADY_BOOKED', 'DESK_TAKEN']);
    const booked = (await w.as('facilities', { url: '/api/v1/bookings?from=2026-11-25&to=2026-11-25' })).json() as { employeeId: string; deskId: string; status: string }[];
    const live = booked.filter((b) => b.status === 'booked');
    expect(live).toHaveLength(20);
    expect(new Set(live.map((b) => b.deskId)).size).toBe(20);
    expect(new Set(live.map((b) => b.employeeId)).size).toBe(20);
  });
});
