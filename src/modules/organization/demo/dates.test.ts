import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './dates.js';

describe('date arithmetic on ISO dates', () => {
  it('adds days across a month and a year', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-05-15', 6)).toBe('2026-11-15');
    expect(addMonths('2026-03-10', -6)).toBe('2025-09-10');
  });

  it('counts the days between two dates', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
