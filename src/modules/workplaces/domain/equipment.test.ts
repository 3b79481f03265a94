import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../../tests/fixtures/domain.js';
import { assertAssignable, assertReturnable, assertStateChange } from './equipment.js';
import { occupancy, percent } from './figures.js';

describe('art. 14 — the life of an item', () => {
  it('art. 14.1 — hands out only what is in stock, takes back only what is assigned', () => {
    expect(codeOf(() => assertAssignable('in_stock'))).toBeNull();
    for (const s of ['assigned', 'repair', 'retired'] as const) expect(codeOf(() => assertAssignable(s)), s).toBe('INVALID_STATE');
    expect(codeOf(() => assertReturnable('assigned'))).toBeNull();
    expect(codeOf(() => assertReturnable('in_stock'))).toBe('INVALID_STATE');
  });
  it('an edit moves between stock, repair and retirement, never to or from "assigned", never back from retirement', () => {
    expect(codeOf(() => assertStateChange('in_stock', 'repair'))).toBeNull();
    expect(codeOf(() => assertStateChange('repair', 'in_stock'))).toBeNull();
    expect(codeOf(() => assertStateChange('in_stock', 'assigned'))).toBe('INVALID_STATE');
    expect(codeOf(() => assertStateChange('retired', 'in_stock'))).toBe('INVALID_STATE');
  });
});

describe('POLA Tabella J — shares', () => {
  it('a share with one decimal, none without a denominator', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
    expect(occupancy({ booked: 4, checkedIn: 3, noShow: 1, cancelled: 0, desks: 10 }).occupancy).toBe(30);
  });
});
