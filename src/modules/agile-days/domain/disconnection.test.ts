import { describe, expect, it } from 'vitest';
import { MILAN_REGULATION } from '../../organization/domain/regulation.js';
import { isContactAllowed, nextAllowedMoment } from './disconnection.js';

const r = MILAN_REGULATION;
const at = (iso: string) => new Date(iso);

describe('art. 13 the right to disconnect', () => {
  it('art. 13 — delivers at 07:00 and at 20:59, holds at 06:59 and at 21:00 (Rome time)', () => {
    expect(isContactAllowed(at('2026-11-24T07:00:00+01:00'), r, null)).toBe(true);
    expect(isContactAllowed(at('2026-11-24T20:59:00+01:00'), r, null)).toBe(true);
    expect(isContactAllowed(at('2026-11-24T06:59:00+01:00'), r, null)).toBe(false);
    expect(isContactAllowed(at('2026-11-24T21:00:00+01:00'), r, null)).toBe(false);
  });

  it('art. 13 — holds a message of Tuesday 21:30 until Wednesday 07:00', () =>
    expect(nextAllowedMoment(at('2026-11-24T21:30:00+01:00'), r, null).toISOString()).toBe('2026-11-25T06:00:00.000Z'));

  it('art. 13 — holds a message of Friday evening until Monday 07:00, and of Saturday noon too', () => {
    expect(nextAllowedMoment(at('2026-11-27T22:00:00+01:00'), r, null).toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(nextAllowedMoment(at('2026-11-28T12:00:00+01:00'), r, null).toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });

  it('art. 13 — skips holidays and the patron saint: Sunday 6 December waits until Wednesday 9 (7 Sant’Ambrogio, 8 Immacolata)', () =>
    expect(nextAllowedMoment(at('2026-12-06T10:00:00+01:00'), r, '12-07').toISOString()).toBe('2026-12-09T06:00:00.000Z'));

  it('art. 13 — an early-morning message waits for 07:00 the same day, in summer time too', () =>
    expect(nextAllowedMoment(at('2026-06-10T05:00:00+02:00'), r, null).toISOString()).toBe('2026-06-10T05:00:00.000Z'));

  it('delivers immediately inside the window', () => expect(nextAllowedMoment(at('2026-11-24T10:00:00+01:00'), r, null).toISOString()).toBe('2026-11-24T09:00:00.000Z'));
});
