import { describe, expect, it } from 'vitest';
import { MILAN_REGULATION, REGULATION_FIELDS, regulationOf, regulationProblems } from './regulation.js';

describe('the organization’s regulation settings', () => {
  it('defaults to Milan’s Appendix 12 values', () => {
    expect(regulationOf({})).toEqual(MILAN_REGULATION);
    expect(MILAN_REGULATION).toMatchObject({ maxAgileDaysPerMonth: 10, dayRequestNoticeDays: 3, withdrawalNoticeDays: 30, disabledWorkerWithdrawalNoticeDays: 90, agreementMaxYears: 3, dailyMinutes: 432 });
  });

  it('names an article beside every field', () => {
    expect(REGULATION_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(MILAN_REGULATION).sort());
    for (const f of REGULATION_FIELDS) expect(f.article, f.key).toMatch(/art\.|POLA/);
  });

  it('keeps stored values over defaults and drops unknown keys', () => {
    const r = regulationOf({ maxAgileDaysPerMonth: 8, something: 1 });
    expect(r.maxAgileDaysPerMonth).toBe(8);
    expect(r).not.toHaveProperty('something');
  });

  it('art. 12.1 — the co-presence band must fit inside its window: 10 hours fit 08–18, 11 do not', () => {
    expect(regulationProblems({ ...MILAN_REGULATION, coPresenceBandHours: 10 })).toEqual([]);
    expect(regulationProblems({ ...MILAN_REGULATION, coPresenceBandHours: 11 }).map((p) => p.field)).toEqual(['coPresenceBandHours']);
  });

  it('art. 9.2 — the notice for disabled workers is never shorter than the ordinary one', () => {
    expect(regulationProblems({ ...MILAN_REGULATION, withdrawalNoticeDays: 30, disabledWorkerWithdrawalNoticeDays: 30 })).toEqual([]);
    expect(regulationProblems({ ...MILAN_REGULATION, withdrawalNoticeDays: 30, disabledWorkerWithdrawalNoticeDays: 29 }).map((p) => p.field)).toEqual(['disabledWorkerWithdrawalNoticeDays']);
  });

  it('art. 11.4 — the working window opens before it closes', () => {
    expect(regulationProblems({ ...MILAN_REGULATION, workingWindowStart: '21:00' }).map((p) => p.field)).toEqual(['workingWindowEnd']);
  });
});
