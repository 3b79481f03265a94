import { DomainError } from '../../../platform/errors.js';
import type { SiteKind } from './site.js';
import { isAgileWorkPlace } from './site.js';
import { BOOKING_STATUSES, type BookingStatus } from './kinds.js';
export { BOOKING_STATUSES, type BookingStatus };

export interface BookingFacts {
  date: string;
  today: string;
  deskBookable: boolean;
  siteKind: SiteKind;
  siteOpen: boolean;
  /** Art. 15.4 — the employee's approved agile day on `date`, if any. */
  approvedAgileDay: boolean;
  deskTaken: boolean;
  personAlreadyBooked: boolean;
}

/**
 * Art. 15.3–15.4, POLA § 4.2 — a desk for a whole day: bookable, the site open, one person a
 * desk and one desk a person; a desk outside the organization's premises needs an approved agile
 * day (it is agile work), a municipal one does not and leaves the quota alone (work in presence).
 */
export function assertBookable(f: BookingFacts): void {
  if (f.date < f.today) throw new DomainError('INVALID_STATE', 'Non si prenota una giornata già trascorsa', 'date');
  if (!f.deskBookable) throw new DomainError('DESK_NOT_BOOKABLE', 'Questa postazione non è prenotabile', 'deskId');
  if (!f.siteOpen) throw new DomainError('SITE_CLOSED', 'In quella data la sede è chiusa', 'date');
  if (isAgileWorkPlace(f.siteKind) && !f.approvedAgileDay)
    throw new DomainError('NO_AGILE_DAY', 'Una postazione fuori dalle sedi comunali si usa in una giornata di lavoro agile autorizzata (art. 15.4)', 'date');
  if (f.personAlreadyBooked) throw new DomainError('ALREADY_BOOKED', 'Hai già una postazione prenotata in quella data', 'date');
  if (f.deskTaken) throw new DomainError('DESK_TAKEN', 'La postazione è già prenotata da un’altra persona in quella data', 'deskId');
}

/** Cancellation until the day starts (the same hour as an agile day's, art. 10.2). */
export function assertBookingCancellable(status: BookingStatus, date: string, today: string, nowHHMM: string, cutoff: string): void {
  if (status !== 'booked') throw new DomainError('INVALID_STATE', 'Si annulla soltanto una prenotazione non ancora usata', 'status', undefined, { status });
  if (today > date || (today === date && nowHHMM >= cutoff))
    throw new DomainError('CANCELLATION_TOO_LATE', `La prenotazione si annulla fino alle ${cutoff} del giorno stesso`, 'date');
}

/** Check-in on the day of the booking, by the deadline after which the desk is released. */
export function assertCheckIn(status: BookingStatus, date: string, today: string, nowHHMM: string, deadline: string): void {
  if (status !== 'booked') throw new DomainError('INVALID_STATE', status === 'checked_in' ? 'Check-in già registrato' : 'La prenotazione non è più attiva', 'status', undefined, { status });
  if (date !== today) throw new DomainError('CHECK_IN_NOT_TODAY', 'Il check-in si fa nel giorno della prenotazione', 'date');
  if (nowHHMM >= deadline) throw new DomainError('CHECK_IN_TOO_LATE', `Il check-in era possibile fino alle ${deadline}: la postazione è stata liberata`, 'date');
}

/** POLA § 4.2 (action 2.1.5) — a booking not checked in by the deadline is a no-show and frees the desk. */
export function isNoShow(status: BookingStatus, date: string, today: string, nowHHMM: string, deadline: string): boolean {
  return status === 'booked' && (date < today || (date === today && nowHHMM >= deadline));
}
