import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIORITY_ORDER, allocateBank } from './bank.js';

describe('art. 7.8 the day bank', () => {
  it('art. 7.2–7.3 — serves special situations first, then disability, care, parenting, commute, efficiency', () => {
    const { grants, balance } = allocateBank(3, [
      { id: 'commute', criterion: 'commute', days: 2, requestedAt: '2026-11-01T08:00:00Z' },
      { id: 'care', criterion: 'care', days: 2, requestedAt: '2026-11-02T08:00:00Z' },
      { id: 'special', criterion: 'special_situation', days: 1, requestedAt: '2026-11-03T08:00:00Z' },
    ]);
    expect(grants).toEqual([{ id: 'special', days: 1 }, { id: 'care', days: 2 }, { id: 'commute', days: 0 }]);
    expect(balance).toBe(0);
  });

  it('art. 7.8 — within one criterion, the earlier request first', () => {
    const { grants } = allocateBank(1, [
      { id: 'late', criterion: 'parenting', days: 1, requestedAt: '2026-11-02T08:00:00Z' },
      { id: 'early', criterion: 'parenting', days: 1, requestedAt: '2026-11-01T08:00:00Z' },
    ]);
    expect(grants).toEqual([{ id: 'early', days: 1 }, { id: 'late', days: 0 }]);
  });

  it('property: the balance never goes below zero and never grants more than it had', () => {
    const request = fc.record({ id: fc.uuid(), criterion: fc.constantFrom(...PRIORITY_ORDER), days: fc.integer({ min: -2, max: 10 }), requestedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) });
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 50 }), fc.array(request, { maxLength: 30 }), (balance, requests) => {
        const out = allocateBank(balance, requests);
        const granted = out.grants.reduce((s, g) => s + g.days, 0);
        return out.balance >= 0 && out.grants.every((g) => g.days >= 0) && granted + out.balance === Math.max(0, balance);
      }),
    );
  });
});
