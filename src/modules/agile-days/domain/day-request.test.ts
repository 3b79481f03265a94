import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../../tests/fixtures/domain.js';
import { MILAN_REGULATION } from '../../organization/domain/regulation.js';
import { assertCancellable, assertDayRequest, assertRevocable, isEmployeeWorkingDay, type DayRequestFacts } from './day-request.js';

const r = MILAN_REGULATION;
// Monday 23 November 2026.
const facts = (over: Partial<DayRequestFacts> = {}): DayRequestFacts => ({
  date: '2026-11-26', today: '2026-11-23', activities: 'Istruttoria pratiche', exceptional: false, reason: null,
  pattern: { type: 'full_time' }, patronDay: '12-07', agreementCovers: true, alreadyRequested: false, remaining: 5, unitAgileThatDay: 0, unitLimit: null, ...over,
});
const code = codeOf;

describe('art. 10–11 day requests', () => {
  it('art. 10.1 — a request exactly 3 days ahead passes, 2 days ahead fails', () => {
    expect(code(() => assertDayRequest(facts({ date: '2026-11-26' }), r))).toBeNull();
    expect(code(() => assertDayRequest(facts({ date: '2026-11-25' }), r))).toBe('NOTICE_TOO_SHORT');
  });

  it('art. 10.1 "di norma" — a late exceptional request with a reason needs the manager’s explicit approval', () => {
    expect(assertDayRequest(facts({ date: '2026-11-24', exceptional: true, reason: 'Scadenza urgente' }), r)).toEqual({ explicitApprovalNeeded: true });
    expect(code(() => assertDayRequest(facts({ date: '2026-11-24', exceptional: true }), r))).toBe('REASON_REQUIRED');
    expect(code(() => assertDayRequest(facts({ date: '2026-11-20', exceptional: true, reason: 'x' }), r))).toBe('NOTICE_TOO_SHORT');
  });

  it('art. 11.2 — needs the activities planned for the day', () => expect(code(() => assertDayRequest(facts({ activities: ' ' }), r))).toBe('ACTIVITIES_REQUIRED'));
  it('art. 6.4 — refuses a day outside the agreement', () => expect(code(() => assertDayRequest(facts({ agreementCovers: false }), r))).toBe('AGREEMENT_NOT_ACTIVE'));

  it('art. 11.4 — only on working days: not Saturday, Easter Monday or the patron saint', () => {
    expect(code(() => assertDayRequest(facts({ date: '2026-11-28' }), r))).toBe('NOT_A_WORKING_DAY');
    expect(code(() => assertDayRequest(facts({ date: '2027-03-29', today: '2027-03-01' }), r))).toBe('NOT_A_WORKING_DAY');
    expect(code(() => assertDayRequest(facts({ date: '2027-03-30', today: '2027-03-01' }), r))).toBeNull();
    expect(code(() => assertDayRequest(facts({ date: '2027-03-30', today: '2027-03-01', patronDay: '03-30' }), r))).toBe('NOT_A_WORKING_DAY');
    expect(isEmployeeWorkingDay('2026-12-07', { type: 'full_time' }, '12-07')).toBe(false);
    expect(isEmployeeWorkingDay('2026-12-07', { type: 'full_time' }, null)).toBe(true);
  });

  it('art. 7.6, 11.4 — a vertical part-timer only on their weekdays', () => {
    const pattern = { type: 'part_time_vertical' as const, weekdays: [1, 2, 3] };
    expect(isEmployeeWorkingDay('2026-11-25', pattern, null)).toBe(true);
    expect(isEmployeeWorkingDay('2026-11-26', pattern, null)).toBe(false);
  });

  it('refuses a second request for the same date', () => expect(code(() => assertDayRequest(facts({ alreadyRequested: true }), r))).toBe('DUPLICATE_DAY'));
  it('art. 7 — refuses the day past the quota, accepts the last one', () => {
    expect(code(() => assertDayRequest(facts({ remaining: 1 }), r))).toBeNull();
    expect(code(() => assertDayRequest(facts({ remaining: 0 }), r))).toBe('QUOTA_EXCEEDED');
  });
  it('art. 7.4 — refuses beyond the unit’s rotation limit, accepts the last place', () => {
    expect(code(() => assertDayRequest(facts({ unitLimit: 3, unitAgileThatDay: 2 }), r))).toBeNull();
    expect(code(() => assertDayRequest(facts({ unitLimit: 3, unitAgileThatDay: 3 }), r))).toBe('UNIT_CAPACITY_REACHED');
  });
});

describe('art. 10.2 revocation and cancellation', () => {
  it('art. 10.2 — the manager may revoke the day before, not on the day itself', () => {
    expect(code(() => assertRevocable('2026-11-26', '2026-11-25', r))).toBeNull();
    expect(code(() => assertRevocable('2026-11-26', '2026-11-26', r))).toBe('REVOCATION_TOO_LATE');
  });

  it('art. 10.2 — the employee may cancel until 06:59 of the day, not at 07:00', () => {
    expect(code(() => assertCancellable('2026-11-26', '2026-11-26', '06:59', r))).toBeNull();
    expect(code(() => assertCancellable('2026-11-26', '2026-11-26', '07:00', r))).toBe('CANCELLATION_TOO_LATE');
    expect(code(() => assertCancellable('2026-11-26', '2026-11-27', '06:00', r))).toBe('CANCELLATION_TOO_LATE');
  });
});
