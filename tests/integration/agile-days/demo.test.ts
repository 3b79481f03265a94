import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coversDate, type AgreementStatus } from '../../../src/modules/agreements/domain/agreement.js';
import { isEmployeeWorkingDay } from '../../../src/modules/agile-days/domain/day-request.js';
import { allQuotas } from '../../../src/modules/agile-days/services/quota.js';
import type { WorkPattern } from '../../../src/modules/organization/domain/employee.js';
import { isoWeekday } from '../../../src/platform/calendar.js';
import { addDays, daysBetween } from '../../../src/platform/dates.js';
import type { Engine } from '../../../src/platform/db/engine.js';
import { demoWorld, type DemoSession } from '../../fixtures/demo.js';

const TODAY = '2026-11-23';
/** The last twelve months up to today, and the next one. */
const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

interface Day {
  id: string;
  employeeId: string;
  date: string;
  status: string;
  decision: { reason: string | null } | null;
  revocation: { reason: string } | null;
  verification: { outcome: string } | null;
}

let engine: Engine;
let app: FastifyInstance;
let organizationId = '';
let cookies: Map<string, DemoSession>;
let signIn: (username: string) => Promise<DemoSession>;
const byMonth = new Map<string, Day[]>();

beforeAll(async () => {
  ({ engine, app, organizationId, sessions: cookies, signIn } = await demoWorld(TODAY, 'agile-days'));
  const hr = await signIn('hr');
  for (const month of MONTHS) {
    const items: Day[] = [];
    for (const status of ['approved', 'pending', 'rejected', 'revoked', 'cancelled']) {
      const res = await app.inject({ url: `/api/v1/agile-days?month=${month}&status=${status}`, headers: { cookie: hr.cookie } });
      expect(res.statusCode, res.body).toBe(200);
      items.push(...(res.json().items as Day[]));
    }
    byMonth.set(month, items);
  }
}, 240_000);
afterAll(async () => {
  await app?.close();
  await engine?.close();
});

describe('demo organization: a year of agile days', () => {
  it('has agile days in each of the last twelve months and the next one', () => {
    for (const month of MONTHS) expect(byMonth.get(month)!.filter((d) => d.status === 'approved' || d.status === 'pending').length, month).toBeGreaterThan(200);
  });

  it('has more days on Mondays and Fridays than on Tuesdays, Wednesdays and Thursdays together (art. 11.4 habits)', () => {
    const live = [...byMonth.values()].flat().filter((d) => d.status === 'approved' || d.status === 'pending');
    const monFri = live.filter((d) => [1, 5].includes(isoWeekday(d.date))).length;
    const midweek = live.filter((d) => [2, 3, 4].includes(isoWeekday(d.date))).length;
    expect(monFri).toBeGreaterThan(midweek);
  });

  it('has past days mostly approved and verified, some rejected or revoked with a reason, a few cancelled; future days pending or approved', () => {
    const all = [...byMonth.values()].flat();
    const past = all.filter((d) => d.date < TODAY);
    const count = (status: string, list = past) => list.filter((d) => d.status === status).length;
    expect(count('approved')).toBeGreaterThan(0.8 * past.length);
    expect(count('pending')).toBe(0);
    for (const status of ['rejected', 'revoked', 'cancelled']) expect(count(status), status).toBeGreaterThan(20);
    for (const d of past.filter((x) => x.status === 'rejected')) expect(d.decision?.reason).toBeTruthy();
    for (const d of all.filter((x) => x.status === 'revoked')) expect(d.revocation?.reason).toBeTruthy();
    const approved = past.filter((d) => d.status === 'approved');
    expect(approved.filter((d) => d.verification).length).toBeGreaterThan(0.75 * approved.length);
    expect(new Set(approved.map((d) => d.verification?.outcome).filter(Boolean))).toEqual(new Set(['done', 'partly', 'not_done']));
    const future = all.filter((d) => d.date > TODAY);
    expect(count('pending', future)).toBeGreaterThan(50);
    expect(count('approved', future)).toBeGreaterThan(50);
  });

  it('never puts a day on a non-working day of its holder or outside the agreement it belongs to (art. 6.4, 11.4)', async () => {
    const rows = await engine.query<{ date: string; status: string; start_date: string; end_date: string; termination_kind: string | null; termination_date: string | null; work_pattern_type: string; weekdays: number[] | null; full_time_months: number[] | null }>(
      `SELECT d.date, a.status, a.start_date, a.end_date, a.termination_kind, a.termination_date, e.work_pattern_type, e.weekdays, e.full_time_months
       FROM agile_days d JOIN agreements a ON a.organization_id = d.organization_id AND a.id = d.agreement_id AND a.employee_id = d.employee_id
       JOIN employees e ON e.organization_id = d.organization_id AND e.id = d.employee_id WHERE d.organization_id = $1`,
      [organizationId],
    );
    expect(rows.length).toBe([...byMonth.values()].flat().length);
    const wrong = rows.filter((r) => {
      const pattern = { type: r.work_pattern_type, weekdays: r.weekdays, fullTimeMonths: r.full_time_months } as WorkPattern;
      const covered = coversDate({ status: r.status as AgreementStatus, startDate: r.start_date, endDate: r.end_date, terminationKind: r.termination_kind as null, terminationDate: r.termination_date }, r.date);
      return !covered || !isEmployeeWorkingDay(r.date, pattern, '12-07');
    });
    expect(wrong).toEqual([]);
    expect(rows.some((r) => r.work_pattern_type === 'part_time_vertical')).toBe(true);
  });

  it('never goes over anybody’s monthly quota (art. 7)', async () => {
    for (const month of MONTHS) {
      const over = (await allQuotas(engine.db, { organizationId }, month)).filter((q) => q.used + q.pending > q.total);
      expect(over, month).toEqual([]);
    }
  });

  it('shows the HR report of the month with days used and pending', async () => {
    const report = (await app.inject({ url: '/api/v1/reports/quotas?month=2026-11', headers: { cookie: cookies.get('hr')!.cookie } })).json();
    expect(report.withAgreement).toBeGreaterThan(250);
    expect(report.totals.used).toBeGreaterThan(1000);
    expect(report.totals.released).toBeGreaterThan(0);
  });

  it('leaves a handful of active agreements without a day asked for in six months, for HR to revoke (art. 9.4)', async () => {
    const hr = cookies.get('hr')!;
    const res = await app.inject({ url: '/api/v1/agreements?inactiveMonths=6&pageSize=200', headers: { cookie: hr.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const inactive = res.json().items as { id: string; status: string; startDate: string; inactiveSince: string }[];
    expect(inactive.length).toBeGreaterThanOrEqual(3);
    expect(inactive.length).toBeLessThanOrEqual(8);
    const sixMonthsAgo = '2026-05-23';
    for (const a of inactive) {
      expect(a.status).toBe('active');
      expect(a.startDate <= sixMonthsAgo, a.startDate).toBe(true);
      expect(a.inactiveSince <= sixMonthsAgo, a.inactiveSince).toBe(true);
    }
    // Not one request of theirs in the last six months, whatever became of it.
    const recent = await engine.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agile_days WHERE organization_id = $1 AND agreement_id = ANY($2::uuid[]) AND (requested_at AT TIME ZONE 'Europe/Rome')::date > $3::date`,
      [organizationId, inactive.map((a) => a.id), sixMonthsAgo],
    );
    expect(recent[0]!.n).toBe(0);
    // One never had a day at all; the others had days before.
    expect(inactive.some((a) => a.inactiveSince === a.startDate)).toBe(true);
    expect(inactive.some((a) => a.inactiveSince > a.startDate)).toBe(true);
  });

  it('leaves the demo employees with an agreement days they can still ask for this month', async () => {
    for (const username of ['employee01b', 'employee05b', 'employee12b']) {
      const me = await signIn(username);
      const quota = (await app.inject({ url: `/api/v1/employees/${me.employeeId}/quota?month=2026-11`, headers: { cookie: me.cookie } })).json();
      expect(quota.total, username).toBeGreaterThan(0);
      expect(quota.used, username).toBeGreaterThan(0);
      expect(quota.remaining, username).toBeGreaterThan(0);
      const mine = byMonth.get('2026-11')!.filter((d) => d.employeeId === me.employeeId).map((d) => d.date);
      // The first date with notice (art. 10.1) that is free and one of the person's working days.
      let res;
      let date = addDays(TODAY, 2);
      do {
        date = addDays(date, 1);
        if (mine.includes(date)) continue;
        res = await app.inject({
          method: 'POST', url: '/api/v1/agile-days', headers: { cookie: me.cookie, 'x-csrf-token': me.csrf },
          payload: { employeeId: me.employeeId, date, activities: 'Prova della richiesta' },
        });
      } while (date < '2026-11-30' && (!res || res.json().code === 'NOT_A_WORKING_DAY'));
      expect(daysBetween(TODAY, date)).toBeGreaterThanOrEqual(3);
      expect(res?.statusCode, `${username} ${date}: ${res?.body}`).toBe(201);
    }
  });
});
