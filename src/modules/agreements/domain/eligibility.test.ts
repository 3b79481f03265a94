import { describe, expect, it } from 'vitest';
import { MILAN_REGULATION } from '../../organization/domain/regulation.js';
import { eligibility } from './eligibility.js';

const r = MILAN_REGULATION;

describe('art. 4.1 who may apply', () => {
  it('art. 4.1 — permanent staff may apply the day after probation ends, not on its last day', () => {
    const contract = { type: 'permanent' as const, start: '2026-01-01', probationEnd: '2026-06-30' };
    expect(eligibility(contract, 'employee', '2026-06-30', r)).toMatchObject({ eligible: false });
    expect(eligibility(contract, 'employee', '2026-07-01', r)).toEqual({ eligible: true });
  });

  it('art. 4.1 — permanent staff with no probation recorded may apply', () => {
    expect(eligibility({ type: 'permanent', start: '2000-01-01' }, 'employee', '2026-11-23', r)).toEqual({ eligible: true });
  });

  it('art. 4.1 — a fixed-term contract of exactly 6 months is not eligible, 6 months and a day is', () => {
    expect(eligibility({ type: 'fixed_term', start: '2026-01-01', end: '2026-06-30' }, 'employee', '2026-02-01', r)).toMatchObject({ eligible: false, reason: expect.stringContaining('più di 6 mesi') });
    expect(eligibility({ type: 'fixed_term', start: '2026-01-01', end: '2026-07-01' }, 'employee', '2026-02-01', r)).toEqual({ eligible: true });
  });

  it('art. 4.1 — reads the months from the regulation', () => {
    expect(eligibility({ type: 'fixed_term', start: '2026-01-01', end: '2026-04-01' }, 'employee', '2026-02-01', { fixedTermMinMonths: 3 })).toEqual({ eligible: true });
  });

  it('art. 20.1 — managers may apply on a fixed-term contract of any length', () => {
    expect(eligibility({ type: 'fixed_term', start: '2026-01-01', end: '2026-03-31' }, 'manager', '2026-02-01', r)).toEqual({ eligible: true });
  });
});
