import { describe, expect, it } from 'vitest';
import { MILAN_REGULATION } from '../../organization/domain/regulation.js';
import { assertWithdrawal, isRevocableForInactivity, lapsesOnTransfer } from './ending.js';

const r = MILAN_REGULATION;
const withdraw = (effectiveDate: string, party: 'employee' | 'employer' = 'employee', workerHasDisability = false, reason = 'Mutate esigenze') =>
  () => assertWithdrawal({ noticeDate: '2026-11-23', effectiveDate, reason, party, workerHasDisability }, r);

describe('art. 9 withdrawal, lapse and revocation', () => {
  it('art. 9.1 — 30 days’ notice passes, 29 fails', () => {
    expect(withdraw('2026-12-23')).not.toThrow();
    expect(withdraw('2026-12-22')).toThrow(expect.objectContaining({ code: 'NOTICE_TOO_SHORT' }));
  });

  it('art. 9.2 — the employer gives a worker with disability 90 days: 90 pass, 89 fail', () => {
    expect(withdraw('2027-02-21', 'employer', true)).not.toThrow();
    expect(withdraw('2027-02-20', 'employer', true)).toThrow(expect.objectContaining({ code: 'NOTICE_TOO_SHORT' }));
  });

  it('art. 9.2 — the worker with disability withdrawing gives the ordinary 30 days', () => {
    expect(withdraw('2026-12-23', 'employee', true)).not.toThrow();
  });

  it('art. 9.1 — a withdrawal needs a written reason', () => {
    expect(withdraw('2026-12-23', 'employee', false, '  ')).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
  });

  it('art. 9.3 — a transfer lapses the agreement only across directorates', () => {
    expect(lapsesOnTransfer('d1', 'd2')).toBe(true);
    expect(lapsesOnTransfer('d1', 'd1')).toBe(false);
  });

  it('art. 9.4 — revocable after 6 months without a request, not a day before', () => {
    expect(isRevocableForInactivity('2026-01-01', null, '2026-07-01', 6)).toBe(true);
    expect(isRevocableForInactivity('2026-01-01', null, '2026-06-30', 6)).toBe(false);
    expect(isRevocableForInactivity('2026-01-01', '2026-03-15', '2026-09-14', 6)).toBe(false);
    expect(isRevocableForInactivity('2026-01-01', '2026-03-15', '2026-09-15', 6)).toBe(true);
  });
});
