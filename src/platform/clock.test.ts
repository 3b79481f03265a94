import { describe, expect, it } from 'vitest';
import { fixedClock, romeLocalToInstant, romeTimeOf } from './clock.js';
import { isWorkingDay, nationalHolidays } from './calendar.js';

describe('clock in Europe/Rome', () => {
  it('takes the Rome date, not the UTC one, around midnight', () => {
    expect(fixedClock('2026-11-23T23:30:00Z').today()).toBe('2026-11-24');
    expect(fixedClock('2026-07-01T21:59:00Z').today()).toBe('2026-07-01');
    expect(fixedClock('2026-07-01T22:00:00Z').today()).toBe('2026-07-02');
  });

  it('reads a bare APP_NOW date as 09:00 in Rome', () => {
    expect(romeTimeOf(fixedClock('2026-03-02').now())).toBe('09:00');
  });

  it('finds the instant of a Rome wall time in winter and in summer', () => {
    expect(romeLocalToInstant('2026-01-15', '07:00').toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(romeLocalToInstant('2026-07-15', '07:00').toISOString()).toBe('2026-07-15T05:00:00.000Z');
  });

  it('refuses an APP_NOW that is not a date', () => {
    expect(() => fixedClock('domani')).toThrow(/APP_NOW/);
  });
});

describe('working calendar', () => {
  it('knows Italian national holidays, Easter Monday included', () => {
    const h = nationalHolidays(2026);
    for (const d of ['2026-01-01', '2026-04-06', '2026-04-25', '2026-06-02', '2026-12-08', '2026-12-25', '2026-12-26']) expect(h.has(d), d).toBe(true);
    expect(h.has('2026-04-07')).toBe(false);
  });

  it('excludes weekends, holidays and the patron-saint day, and only that organization’s', () => {
    expect(isWorkingDay('2026-12-04', '12-07')).toBe(true);
    expect(isWorkingDay('2026-12-05', '12-07')).toBe(false);
    expect(isWorkingDay('2026-12-07', '12-07')).toBe(false);
    expect(isWorkingDay('2026-12-07', '06-24')).toBe(true);
    expect(isWorkingDay('2026-04-06', null)).toBe(false);
  });
});
