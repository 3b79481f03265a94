import { describe, expect, it } from 'vitest';
import { codeOf } from '../../../../tests/fixtures/domain.js';
import { assertBookable, assertBookingCancellable, assertCheckIn, isNoShow, type BookingFacts } from './booking.js';

const facts = (over: Partial<BookingFacts> = {}): BookingFacts => ({
  date: '2026-11-25', today: '2026-11-23', deskBookable: true, siteKind: 'municipal', siteOpen: true, approvedAgileDay: false, deskTaken: false, personAlreadyBooked: false, ...over,
});

describe('art. 15.4 — presence at the organization’s premises, agile work elsewhere', () => {
  it('art. 15.4 — a municipal desk needs no agile day', () => expect(codeOf(() => assertBookable(facts()))).toBeNull());
  it('art. 15.4 — a coworking, company or participated desk needs an approved agile day, and then passes', () => {
    for (const siteKind of ['coworking', 'private_company', 'participated'] as const) {
      expect(codeOf(() => assertBookable(facts({ siteKind }))), siteKind).toBe('NO_AGILE_DAY');
      expect(codeOf(() => assertBookable(facts({ siteKind, approvedAgileDay: true }))), siteKind).toBeNull();
    }
  });
});

describe('POLA § 4.2 — the booking rules', () => {
  it('refuses a taken desk, a second desk for the person, a closed site, a desk not bookable, a past day', () => {
    expect(codeOf(() => assertBookable(facts({ deskTaken: true })))).toBe('DESK_TAKEN');
    expect(codeOf(() => assertBookable(facts({ personAlreadyBooked: true })))).toBe('ALREADY_BOOKED');
    expect(codeOf(() => assertBookable(facts({ siteOpen: false })))).toBe('SITE_CLOSED');
    expect(codeOf(() => assertBookable(facts({ deskBookable: false })))).toBe('DESK_NOT_BOOKABLE');
    expect(codeOf(() => assertBookable(facts({ date: '2026-11-22' })))).toBe('INVALID_STATE');
    expect(codeOf(() => assertBookable(facts({ date: '2026-11-23' })))).toBeNull();
  });

  it('cancels until 06:59 of the day, not at 07:00', () => {
    expect(codeOf(() => assertBookingCancellable('booked', '2026-11-25', '2026-11-25', '06:59', '07:00'))).toBeNull();
    expect(codeOf(() => assertBookingCancellable('booked', '2026-11-25', '2026-11-25', '07:00', '07:00'))).toBe('CANCELLATION_TOO_LATE');
    expect(codeOf(() => assertBookingCancellable('checked_in', '2026-11-25', '2026-11-24', '10:00', '07:00'))).toBe('INVALID_STATE');
  });

  it('checks in on the day until 09:59, not at 10:00, not the day before', () => {
    expect(codeOf(() => assertCheckIn('booked', '2026-11-25', '2026-11-25', '09:59', '10:00'))).toBeNull();
    expect(codeOf(() => assertCheckIn('booked', '2026-11-25', '2026-11-25', '10:00', '10:00'))).toBe('CHECK_IN_TOO_LATE');
    expect(codeOf(() => assertCheckIn('booked', '2026-11-25', '2026-11-24', '09:00', '10:00'))).toBe('CHECK_IN_NOT_TODAY');
    expect(codeOf(() => assertCheckIn('checked_in', '2026-11-25', '2026-11-25', '09:00', '10:00'))).toBe('INVALID_STATE');
  });

  it('a booking not checked in is a no-show from 10:00 of its day, and on any later day', () => {
    expect(isNoShow('booked', '2026-11-25', '2026-11-25', '09:59', '10:00')).toBe(false);
    expect(isNoShow('booked', '2026-11-25', '2026-11-25', '10:00', '10:00')).toBe(true);
    expect(isNoShow('booked', '2026-11-24', '2026-11-25', '08:00', '10:00')).toBe(true);
    expect(isNoShow('checked_in', '2026-11-24', '2026-11-25', '08:00', '10:00')).toBe(false);
  });
});
