import { describe, expect, it } from 'vitest';
import { MILAN_REGULATION } from '../../organization/domain/regulation.js';
import { assertDuration, bandProblem, coversDate, defaultBand, latestEndDate, requiredSigners, startDateAfter, statusOn, transition } from './agreement.js';
import { assertQuota, proposedQuota } from './quota.js';

const r = MILAN_REGULATION;

describe('art. 6.2b, 7.4 monthly quota on approval', () => {
  it('art. 7.4 — proposes the maximum times the remotable share, rounded down', () => {
    expect(proposedQuota(r, 100)).toBe(10);
    expect(proposedQuota(r, 65)).toBe(6);
    expect(proposedQuota(r, 9)).toBe(0);
  });

  it('art. 7.1 — refuses a quota above the maximum (11 of 10), accepts the maximum', () => {
    expect(() => assertQuota(10, r)).not.toThrow();
    expect(() => assertQuota(11, r)).toThrow(expect.objectContaining({ code: 'QUOTA_ABOVE_MAXIMUM' }));
  });
});

describe('art. 12 co-presence band', () => {
  it('art. 12.1 — five hours inside 08:00–18:00 pass; four or six do not', () => {
    expect(bandProblem({ start: '09:00', end: '14:00' }, false, r)).toBeNull();
    expect(bandProblem({ start: '13:00', end: '18:00' }, false, r)).toBeNull();
    expect(bandProblem({ start: '09:00', end: '13:00' }, false, r)).toMatch(/5 ore/);
    expect(bandProblem({ start: '09:00', end: '15:00' }, false, r)).toMatch(/5 ore/);
  });

  it('art. 12.1 — the band may not start before 08:00 or end after 18:00', () => {
    expect(bandProblem({ start: '07:59', end: '12:59' }, false, r)).toMatch(/tra le 08:00 e le 18:00/);
    expect(bandProblem({ start: '13:01', end: '18:01' }, false, r)).toMatch(/tra le 08:00 e le 18:00/);
  });

  it('art. 12.2 — senior officers need more than five hours', () => {
    expect(bandProblem({ start: '09:00', end: '14:00' }, true, r)).toMatch(/PO\/AP/);
    expect(bandProblem({ start: '09:00', end: '14:01' }, true, r)).toBeNull();
  });

  it('proposes a valid band for both', () => {
    expect(bandProblem(defaultBand(false, r), false, r)).toBeNull();
    expect(bandProblem(defaultBand(true, r), true, r)).toBeNull();
  });
});

describe('art. 6.4, 8.2 start and duration', () => {
  it('art. 6.4 — starts on the first day of the month after the last signature', () => {
    expect(startDateAfter('2026-11-30')).toBe('2026-12-01');
    expect(startDateAfter('2026-12-01')).toBe('2027-01-01');
  });

  it('art. 8.2 — may end exactly three years after the signature, not a day later', () => {
    expect(latestEndDate('2026-11-23', r)).toBe('2029-11-23');
    expect(() => assertDuration('2029-11-23', '2026-11-23', r)).not.toThrow();
    expect(() => assertDuration('2029-11-24', '2026-11-23', r)).toThrow(expect.objectContaining({ code: 'DURATION_TOO_LONG' }));
  });

  it('art. 8.2 — the organization’s common end date caps every agreement', () => {
    const common = { ...r, commonAgreementEndDate: '2027-12-31' };
    expect(latestEndDate('2026-11-23', common)).toBe('2027-12-31');
    expect(() => assertDuration('2028-01-01', '2026-11-23', common)).toThrow(expect.objectContaining({ code: 'DURATION_TOO_LONG' }));
  });
});

describe('art. 8.1, 20.2 signatures and states', () => {
  it('art. 8.1 — employee, director and HR sign an employee’s agreement', () => expect(requiredSigners('employee')).toEqual(['employee', 'director', 'hr']));
  it('art. 20.2 — a manager’s is signed by the director above and HR’s director', () => expect(requiredSigners('manager')).toEqual(['employee', 'director', 'hr_director']));

  it('refuses moves the state table does not allow', () => {
    expect(transition('draft', 'sign')).toBe('awaiting_signatures');
    expect(() => transition('withdrawn', 'sign')).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
    expect(() => transition('draft', 'withdraw')).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
  });

  it('art. 6.4 — a signed agreement is active from its start date, not the day before', () => {
    const a = { status: 'signed' as const, startDate: '2026-12-01', endDate: '2029-11-23', terminationKind: null, terminationDate: null };
    expect(statusOn(a, '2026-11-30')).toBe('signed');
    expect(statusOn(a, '2026-12-01')).toBe('active');
    expect(statusOn(a, '2029-11-23')).toBe('active');
    expect(statusOn(a, '2029-11-24')).toBe('expired');
  });

  it('art. 9 — a withdrawal counts from its effective date', () => {
    const a = { status: 'active' as const, startDate: '2026-12-01', endDate: '2029-11-23', terminationKind: 'withdrawn' as const, terminationDate: '2027-03-01' };
    expect(statusOn(a, '2027-02-28')).toBe('active');
    expect(statusOn(a, '2027-03-01')).toBe('withdrawn');
    expect(coversDate(a, '2027-02-28')).toBe(true);
    expect(coversDate(a, '2027-03-01')).toBe(false);
  });
});
