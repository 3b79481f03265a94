import { describe, expect, it } from 'vitest';
import { assertExtension, coversMonth, type ExtensionInput } from './extension.js';

const code = (e: ExtensionInput) => {
  try {
    assertExtension(e);
    return null;
  } catch (err) {
    return (err as { code: string }).code;
  }
};
const base: ExtensionInput = { criterion: 'parenting', from: '2026-12-01', to: '2027-05-31', extraDaysPerMonth: 2, continuous: false };

describe('art. 7.2–7.3 priority extensions', () => {
  it('art. 7.2 — adds whole days a month for a period under any criterion', () => {
    for (const criterion of ['disability', 'care', 'parenting', 'commute', 'organizational_efficiency'] as const) expect(code({ ...base, criterion })).toBeNull();
    expect(code({ ...base, extraDaysPerMonth: null })).toBe('VALIDATION_FAILED');
  });

  it('art. 7.3 — a continuous period only for a special situation, which must be named', () => {
    expect(code({ ...base, criterion: 'special_situation', specialSituation: 'pregnancy', continuous: true, extraDaysPerMonth: null })).toBeNull();
    expect(code({ ...base, continuous: true, extraDaysPerMonth: null })).toBe('CONTINUOUS_NOT_ALLOWED');
    expect(code({ ...base, criterion: 'special_situation', continuous: true })).toBe('VALIDATION_FAILED');
  });

  it('refuses a period ending before it starts; a single day is fine', () => {
    expect(code({ ...base, from: '2026-12-02', to: '2026-12-01' })).toBe('VALIDATION_FAILED');
    expect(code({ ...base, from: '2026-12-01', to: '2026-12-01' })).toBeNull();
  });

  it('covers the months it touches, not the ones around', () => {
    expect(coversMonth('2026-12-31', '2027-01-01', '2026-12')).toBe(true);
    expect(coversMonth('2026-12-31', '2027-01-01', '2027-01')).toBe(true);
    expect(coversMonth('2026-12-31', '2027-01-01', '2026-11')).toBe(false);
    expect(coversMonth('2026-12-31', '2027-01-01', '2027-02')).toBe(false);
  });
});
