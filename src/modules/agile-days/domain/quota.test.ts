import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseQuota, monthlyQuota } from './quota.js';

describe('art. 7.6–7.7 monthly quota for part time', () => {
  it('art. 7.6 — gives a vertical part-timer on 3 days out of 5 six days when the maximum is 10', () =>
    expect(baseQuota(10, { type: 'part_time_vertical', weekdays: [1, 2, 3] }, '2026-12')).toBe(6));
  it('art. 7.6 — rounds down: 4 days out of 5 of 7 is 5', () => expect(baseQuota(7, { type: 'part_time_vertical', weekdays: [1, 2, 3, 4] }, '2026-12')).toBe(5));
  it('art. 7.7 — gives a cyclic part-timer the full quota in a full-time month and none in a part-time month', () => {
    const pattern = { type: 'part_time_cyclic' as const, fullTimeMonths: [1, 2, 12] };
    expect(baseQuota(10, pattern, '2026-12')).toBe(10);
    expect(baseQuota(10, pattern, '2026-11')).toBe(0);
  });
  it('art. 7 — a horizontal part-timer keeps the agreement’s quota', () => expect(baseQuota(8, { type: 'part_time_horizontal', percent: 50 }, '2026-12')).toBe(8));
});

describe('art. 7, 7.8, 10.2 — the month’s total and what remains', () => {
  it('adds extensions, bank days and recovered days to the base', () => {
    const q = monthlyQuota({ base: 6, extensions: 2, bank: 1, recovered: 1, released: 0 }, { used: 3, pending: 2 });
    expect(q).toMatchObject({ total: 10, remaining: 5 });
  });

  it('art. 7.8 — days released to the bank leave the quota; the last remaining day can be released, not one more', () => {
    expect(monthlyQuota({ base: 10, extensions: 0, bank: 0, recovered: 0, released: 3 }, { used: 4, pending: 0 })).toMatchObject({ total: 7, remaining: 3 });
    expect(monthlyQuota({ base: 10, extensions: 0, bank: 0, recovered: 0, released: 6 }, { used: 4, pending: 0 }).remaining).toBe(0);
  });

  it('art. 10.2 — a revoked day stays counted as used and comes back as recovered', () => {
    const before = monthlyQuota({ base: 2, extensions: 0, bank: 0, recovered: 0, released: 0 }, { used: 2, pending: 0 });
    const after = monthlyQuota({ base: 2, extensions: 0, bank: 0, recovered: 1, released: 0 }, { used: 2, pending: 0 });
    expect([before.remaining, after.remaining]).toEqual([0, 1]);
  });

  it('counts pending requests against the quota', () => expect(monthlyQuota({ base: 2, extensions: 0, bank: 0, recovered: 0, released: 0 }, { used: 1, pending: 1 }).remaining).toBe(0));

  it('property: what remains is never negative and never above the total', () => {
    const n = fc.integer({ min: -5, max: 40 });
    fc.assert(
      fc.property(n, n, n, n, n, n, n, (base, extensions, bank, recovered, released, used, pending) => {
        const q = monthlyQuota({ base, extensions, bank, recovered, released }, { used: Math.abs(used), pending: Math.abs(pending) });
        return q.remaining >= 0 && q.remaining <= q.total && q.total >= 0;
      }),
    );
  });
});
