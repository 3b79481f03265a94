import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../../tests/fixtures/domain.js';
import { assertAssignable, assertReturnable, assertStateChange } from './equipment.js';

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
